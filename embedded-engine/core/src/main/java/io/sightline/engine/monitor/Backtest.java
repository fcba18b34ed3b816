package io.sightline.engine.monitor;

import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.strategy.Backtester;
import io.sightline.engine.strategy.StrategyMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.Set;

/**
 * Replays the predictions a deployment logged in a window (their inputs and scores) through a strategy: how many
 * it matches, and of those with outcomes ({@code labelled}) the positives it would have caught, with their money,
 * and the negatives it would have hit, with the distinct values of an entity column among them (such as the
 * good sellers a rule would have blocked).
 */
public final class Backtest implements Backtester {
    private final Database database;
    private final InstantSource clock;

    public Backtest(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public BacktestResult run(String deployment, StrategyMatcher strategy, Duration window, String positiveLabel,
                              String entityColumn) {
        TimeSpan span = TimeSpan.last(window, clock);
        Replay replay = new Replay(strategy, positiveLabel, entityColumn);
        new PredictionWindow(database, deployment, span).forEach(false, true, replay::add);
        return replay.result(deployment, span.from(), span.to());
    }

    /** The counts of one replay, row by row. */
    static final class Replay {
        private final StrategyMatcher strategy;
        private final String positiveLabel;
        private final String entityColumn;
        private final Set<String> entitiesHit = new HashSet<>();
        private boolean entityColumnSeen;
        private long evaluated;
        private long matched;
        private long labelled;
        private long positivesCaught;
        private double valueCaught;
        private long negativesHit;

        Replay(StrategyMatcher strategy, String positiveLabel, String entityColumn) {
            this.strategy = strategy;
            this.positiveLabel = positiveLabel;
            this.entityColumn = entityColumn == null || entityColumn.isBlank() ? null : entityColumn.strip();
        }

        void add(PredictionWindow.Row row) {
            evaluated++;
            String entity = entityColumn == null ? null : row.inputs().get(entityColumn);
            entityColumnSeen |= entity != null;
            if (!strategy.matches(row.inputs(), row.score())) {
                return;
            }
            matched++;
            if (!row.labelled()) {
                return;
            }
            labelled++;
            if (positiveLabel == null) {
                return;
            }
            if (positiveLabel.equals(row.actualLabel())) {
                positivesCaught++;
                valueCaught += row.outcomeValue();
            } else {
                negativesHit++;
                if (entity != null && !entity.isBlank()) {
                    entitiesHit.add(entity.strip());
                }
            }
        }

        BacktestResult result(String deployment, Instant from, Instant to) {
            if (entityColumn != null && evaluated > 0 && !entityColumnSeen) {
                throw PlatformException.invalid("The predictions logged in this window have no column '" + entityColumn
                        + "' to count entities by. Choose one of the columns sent with the predictions, or none.");
            }
            return new BacktestResult(deployment, from, to, evaluated, matched, labelled, positivesCaught, valueCaught,
                    negativesHit, entitiesHit.size());
        }
    }
}

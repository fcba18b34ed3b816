package io.sightline.engine.monitor;

import io.sightline.engine.api.Decision;
import io.sightline.engine.serve.log.LoggedOutcomes;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The predictions a deployment logged in {@code [from, to)}, oldest first, each with its outcome when one was
 * reported; read block by block from the log's columns, so that a month of predictions never sits in memory at
 * once.
 */
final class PredictionWindow {

    /** A logged prediction; {@code inputs} only when asked for; {@code actualLabel} null without an outcome. */
    record Row(Instant at, Map<String, String> inputs, String output, Decision decision, Double score,
               String actualLabel, double outcomeValue) {
        boolean labelled() {
            return actualLabel != null;
        }
    }

    private final PredictionBlocks blocks;
    private final String deployment;
    private final Instant from;
    private final Instant to;

    PredictionWindow(Database database, String deployment, TimeSpan span) {
        this.blocks = new PredictionBlocks(database);
        this.deployment = deployment;
        this.from = span.from();
        this.to = span.to();
    }

    /** How many predictions were answered in the window (neither a shadow's nor a refused request's). */
    long count() {
        return blocks.countAnswered(deployment, from, to);
    }

    /** Hands every answered prediction to {@code each}; {@code labelledOnly} skips those without outcomes. */
    void forEach(boolean labelledOnly, boolean withInputs, Consumer<Row> each) {
        blocks.forEachRow(deployment, from, to, (block, i, outcomes) -> {
            LoggedOutcomes.Reported outcome = block.answered(i) ? outcomes.of(i) : null;
            if (!block.answered(i) || (labelledOnly && outcome == null)) {
                return;
            }
            each.accept(new Row(block.at(i), withInputs ? block.inputs(i) : Map.of(), block.output(i),
                    block.decision(i), block.score(i), outcome == null ? null : outcome.actualLabel(),
                    outcome == null ? 0 : outcome.value()));
        });
    }
}

package io.sightline.engine.monitor;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Delayed outcomes, kept apart from the log and keyed by prediction id: an outcome may arrive before the log
 * has written its prediction (the join happens when reports read them), a repeated one replaces the earlier,
 * and one for an id the deployment never gave is kept but not counted.
 */
public final class OutcomeStore {
    static final int MAX_LABEL = 1_000;
    /** Ids looked up in one query: at most this many, made within this many milliseconds of each other. */
    private static final int GROUP = 500;
    private static final long GROUP_SPAN_MILLIS = 1_000;

    private final Database database;
    private final PredictionBlocks blocks;

    public OutcomeStore(Database database) {
        this.database = database;
        this.blocks = new PredictionBlocks(database);
    }

    /**
     * Saves the outcomes (all or none) and returns how many belong to predictions the deployment logged.
     * {@code awaitLog} waits for the predictions made so far to be written; it is called only when some ids are
     * not in the log yet.
     */
    public int report(String deployment, List<Outcome> outcomes, BooleanSupplier awaitLog) {
        Map<String, Outcome> latest = latestById(outcomes);
        if (latest.isEmpty()) {
            return 0;
        }
        Instant now = Timestamps.now();
        database.inTransaction(c -> {
            save(c, deployment, latest.values(), now);
            return null;
        });
        int matched = countLogged(deployment, latest.keySet());
        if (matched < latest.size() && awaitLog.getAsBoolean()) {
            matched = countLogged(deployment, latest.keySet());
        }
        return matched;
    }

    /** Checks every outcome before anything is saved; within one call, a later outcome for an id wins. */
    private static Map<String, Outcome> latestById(List<Outcome> outcomes) {
        ArgumentRules.outcomes(outcomes);
        Map<String, Outcome> latest = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            String where = "Outcome " + (i + 1) + " of " + outcomes.size();
            if (outcome == null || outcome.predictionId() == null || outcome.predictionId().isBlank()) {
                throw PlatformException.invalid(where + " has no prediction id: give the id each prediction came with.");
            }
            if (outcome.actualLabel() == null || outcome.actualLabel().isBlank()) {
                throw PlatformException.invalid(where + " (prediction " + outcome.predictionId()
                        + ") has no actual label: say what really happened.");
            }
            if (outcome.actualLabel().strip().length() > MAX_LABEL) {
                throw PlatformException.invalid(where + " has an actual label longer than " + MAX_LABEL + " characters.");
            }
            if (!Double.isFinite(outcome.value()) || outcome.value() < 0) {
                throw PlatformException.invalid(where + " (prediction " + outcome.predictionId() + ") has the value "
                        + outcome.value() + "; the money at stake is a number of zero or more.");
            }
            latest.remove(outcome.predictionId().strip());
            latest.put(outcome.predictionId().strip(), outcome);
        }
        return latest;
    }

    private static void save(Connection c, String deployment, Collection<Outcome> outcomes, Instant now)
            throws SQLException {
        List<Outcome> fresh = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE prediction_outcome SET deployment = ?, "
                + "actual_label = ?, outcome_value = ?, reported_at = ? WHERE prediction_id = ?")) {
            for (Outcome outcome : outcomes) {
                Sql.bind(update, deployment, outcome.actualLabel().strip(), outcome.value(), now,
                        outcome.predictionId().strip());
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            int i = 0;
            for (Outcome outcome : outcomes) {
                if (updated[i++] == 0) {
                    fresh.add(outcome);
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO prediction_outcome (prediction_id, deployment, "
                + "actual_label, outcome_value, reported_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Outcome outcome : fresh) {
                Sql.bind(insert, outcome.predictionId().strip(), deployment, outcome.actualLabel().strip(),
                        outcome.value(), now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * How many of the ids the deployment logged. An id carries the millisecond of its prediction, so ids are
     * looked up in groups close in time, each in the blocks whose span holds its times.
     */
    private int countLogged(String deployment, Collection<String> ids) {
        List<TimedId> timed = new ArrayList<>();
        for (String id : ids) {
            PredictionIds.millisOf(id).ifPresent(millis -> timed.add(new TimedId(id, millis)));
        }
        timed.sort(Comparator.comparingLong(TimedId::millis));
        int count = 0;
        int from = 0;
        while (from < timed.size()) {
            int to = from + 1;
            while (to < timed.size() && to - from < GROUP
                    && timed.get(to).millis() - timed.get(from).millis() <= GROUP_SPAN_MILLIS) {
                to++;
            }
            count += countGroup(deployment, timed.subList(from, to));
            from = to;
        }
        return count;
    }

    private int countGroup(String deployment, List<TimedId> group) {
        Set<String> wanted = new HashSet<>();
        for (TimedId id : group) {
            wanted.add(id.id());
        }
        Set<String> found = new HashSet<>();
        blocks.forEach(deployment, Instant.ofEpochMilli(group.get(0).millis()),
                Instant.ofEpochMilli(group.get(group.size() - 1).millis() + 1), false, (c, block) -> {
                    for (int i = 0; i < block.size(); i++) {
                        String id = block.predictionId(i);
                        if (id != null && wanted.contains(id)) {
                            found.add(id);
                        }
                    }
                    return found.size() < wanted.size();
                });
        return found.size();
    }

    private record TimedId(String id, long millis) {
    }
}

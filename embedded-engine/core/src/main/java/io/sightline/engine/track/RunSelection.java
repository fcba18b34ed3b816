package io.sightline.engine.track;

import io.sightline.engine.search.Condition;
import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One page of a run search as a single SQL statement, so that the database filters, orders and pages with its
 * indexes instead of the engine reading every run: the scope narrows {@code run} by its indexed columns
 * (experiment, lifecycle stage, start time, parent), each metric, parameter or tag clause is an {@code EXISTS}
 * probe by the (run, key) primary key, and an ordering by a metric or parameter reads it the same way.
 * Newest first (then by id, descending, so that an index can be read backwards) unless told otherwise.
 */
final class RunSelection {
    /** Attributes the filter grammar knows, as columns of {@code run r}. */
    private static final Map<String, String> COLUMNS = Map.of(
            "run_id", "r.id", "run_name", "r.run_name", "status", "r.status", "user_id", "r.user_id",
            "artifact_uri", "r.artifact_uri", "lifecycle_stage", "r.lifecycle_stage",
            "start_time", "r.started_at", "created", "r.started_at", "end_time", "r.finished_at");
    /** Columns that are never null: ordering by them needs no NULLS LAST (which would keep an index from sorting). */
    private static final List<String> NOT_NULL = List.of("r.id", "r.status", "r.lifecycle_stage", "r.started_at");
    private static final String NEWEST_FIRST = "r.started_at DESC, r.id DESC";

    /** SQL text and its parameters in order. */
    record Statement(String sql, List<Object> params) {

        Statement {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }

        Object[] paramArray() {
            return params.toArray();
        }
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private RunSelection() {
    }

    /** The ids of the runs on the page that starts at {@code offset} and holds at most {@code limit} runs. */
    static Statement page(RunScope scope, SearchFilter filter, OrderBy order, int limit, int offset) {
        RunSelection selection = new RunSelection();
        selection.sql.append("SELECT r.id FROM run r WHERE ");
        selection.scope(scope);
        for (Condition condition : filter.conditions()) {
            selection.sql.append(" AND ");
            selection.condition(condition);
        }
        selection.sql.append(" ORDER BY ");
        if (order.keys().isEmpty()) {
            selection.sql.append(indexPrefix(scope));
        }
        for (OrderBy.Key key : order.keys()) {
            selection.orderKey(key);
            selection.sql.append(", ");
        }
        selection.sql.append(NEWEST_FIRST).append(" LIMIT ? OFFSET ?");
        selection.params.add(limit);
        selection.params.add(offset);
        return selection.statement();
    }

    /** The distinct keys of one kind ({@code latest_metric}, {@code run_param} or {@code run_tag}) in the newest runs. */
    static Statement keys(SearchField.Kind kind, RunScope scope, int newestRuns) {
        RunSelection selection = new RunSelection();
        String table = switch (kind) {
            case METRIC -> "latest_metric";
            case PARAM -> "run_param";
            case TAG -> "run_tag";
            case ATTRIBUTE -> throw new IllegalArgumentException("attributes are fixed");
        };
        String column = kind.name().toLowerCase(java.util.Locale.ROOT) + "_key";
        selection.sql.append("SELECT DISTINCT k.").append(column).append(" AS field_key FROM ").append(table)
                .append(" k WHERE k.run_id IN (SELECT r.id FROM run r WHERE ");
        selection.scope(scope);
        selection.sql.append(" ORDER BY ").append(indexPrefix(scope)).append(NEWEST_FIRST)
                .append(" LIMIT ?) ORDER BY field_key");
        selection.params.add(newestRuns);
        return selection.statement();
    }

    /** The values of {@code x} and {@code y} (as {@code x_value}, {@code y_value}) of the newest runs of the scope. */
    static Statement pairs(RunScope scope, SearchField x, SearchField y, int newestRuns) {
        RunSelection selection = new RunSelection();
        selection.sql.append("SELECT r.id, ").append(selection.value(x)).append(" AS x_value, ")
                .append(selection.value(y)).append(" AS y_value FROM run r WHERE ");
        selection.scope(scope);
        selection.sql.append(" ORDER BY ").append(indexPrefix(scope)).append(NEWEST_FIRST).append(" LIMIT ?");
        selection.params.add(newestRuns);
        return selection.statement();
    }

    /** How many runs the scope holds. */
    static Statement count(RunScope scope) {
        RunSelection selection = new RunSelection();
        selection.sql.append("SELECT COUNT(*) AS runs FROM run r WHERE ");
        selection.scope(scope);
        return selection.statement();
    }

    /** How many children each of {@code parentIds} has in the scope's lifecycle stage. */
    static Statement childCounts(List<String> parentIds, ViewType view) {
        RunSelection selection = new RunSelection();
        selection.sql.append("SELECT r.parent_run_id, COUNT(*) AS children FROM run r WHERE r.parent_run_id IN (")
                .append(marks(parentIds.size())).append(") AND ");
        selection.params.addAll(parentIds);
        selection.stage(view);
        selection.sql.append(" GROUP BY r.parent_run_id");
        return selection.statement();
    }

    /**
     * The columns the scope holds constant, ordered by first: they change no order, but H2 sorts by an index only
     * when the ordering names the index's columns from its first, so that newest first reads just the rows asked
     * for (PostgreSQL needs no such help and takes no harm).
     */
    private static String indexPrefix(RunScope scope) {
        if (scope.view() == ViewType.ALL) {
            return "";
        }
        return switch (scope.nesting()) {
            case CHILDREN -> "r.parent_run_id, ";
            case FLAT, TOP_LEVEL -> switch (scope.experiments().size()) {
                case 0 -> "r.lifecycle_stage, ";
                case 1 -> "r.experiment, r.lifecycle_stage, ";
                default -> "";
            };
        };
    }

    private Statement statement() {
        return new Statement(sql.toString(), params);
    }

    private void scope(RunScope scope) {
        if (scope.experiments().size() == 1) {
            sql.append("r.experiment = ? AND ");
            params.add(scope.experiments().get(0));
        } else if (!scope.experiments().isEmpty()) {
            sql.append("r.experiment IN (").append(marks(scope.experiments().size())).append(") AND ");
            params.addAll(scope.experiments());
        }
        stage(scope.view());
        switch (scope.nesting()) {
            case FLAT -> { }
            case TOP_LEVEL -> sql.append(" AND r.parent_run_id IS NULL");
            case CHILDREN -> {
                sql.append(" AND r.parent_run_id = ?");
                params.add(scope.parentRunId());
            }
        }
    }

    private void stage(ViewType view) {
        switch (view) {
            case ACTIVE_ONLY -> {
                sql.append("r.lifecycle_stage = ?");
                params.add(LifecycleStage.ACTIVE.word());
            }
            case DELETED_ONLY -> {
                sql.append("r.lifecycle_stage = ?");
                params.add(LifecycleStage.DELETED.word());
            }
            case ALL -> {
                sql.append("r.lifecycle_stage IN (?, ?)");
                params.add(LifecycleStage.ACTIVE.word());
                params.add(LifecycleStage.DELETED.word());
            }
        }
    }

    private void condition(Condition condition) {
        SearchField field = condition.field();
        switch (field.kind()) {
            case ATTRIBUTE -> comparison(COLUMNS.get(field.key()), condition);
            case METRIC, PARAM, TAG -> {
                String[] table = keyed(field.kind());
                sql.append("EXISTS (SELECT 1 FROM ").append(table[0]).append(" k WHERE k.run_id = r.id AND k.")
                        .append(table[1]).append(" = ? AND ");
                params.add(field.key());
                comparison("k." + table[2], condition);
                sql.append(')');
            }
        }
    }

    /** The table of a kind of field, its key column and its value column. */
    private static String[] keyed(SearchField.Kind kind) {
        return switch (kind) {
            case METRIC -> new String[] {"latest_metric", "metric_key", "metric_value"};
            case PARAM -> new String[] {"run_param", "param_key", "param_value"};
            case TAG -> new String[] {"run_tag", "tag_key", "tag_value"};
            case ATTRIBUTE -> throw new IllegalArgumentException("attributes are columns of run");
        };
    }

    private void comparison(String column, Condition condition) {
        Object value = value(column, condition.value());
        switch (condition.comparison()) {
            case LIKE -> sql.append(column).append(" LIKE ? ESCAPE ''");
            case ILIKE -> sql.append("LOWER(").append(column).append(") LIKE LOWER(?) ESCAPE ''");
            case IN, NOT_IN -> {
                List<?> values = (List<?>) value;
                sql.append(column).append(condition.comparison() == Condition.Comparison.IN ? " IN (" : " NOT IN (")
                        .append(marks(values.size())).append(')');
                params.addAll(values);
                return;
            }
            case NOT_EQUALS -> sql.append(column).append(" <> ?");
            default -> sql.append(column).append(' ').append(condition.comparison().symbol()).append(" ?");
        }
        params.add(value);
    }

    /** Times are compared as milliseconds since the epoch in the grammar and as timestamps in the table. */
    private static Object value(String column, Object value) {
        boolean time = column.equals("r.started_at") || column.equals("r.finished_at");
        return time && value instanceof Double millis ? Instant.ofEpochMilli(millis.longValue()) : value;
    }

    private void orderKey(OrderBy.Key key) {
        String expression = value(key.field());
        sql.append(expression).append(key.ascending() ? " ASC" : " DESC");
        if (!NOT_NULL.contains(expression)) {
            sql.append(" NULLS LAST");
        }
    }

    /** A field's value for the run {@code r}: its column, or its row's value read by (run, key). */
    private String value(SearchField field) {
        if (field.kind() == SearchField.Kind.ATTRIBUTE) {
            return COLUMNS.get(field.key());
        }
        String[] table = keyed(field.kind());
        params.add(field.key());
        return "(SELECT k." + table[2] + " FROM " + table[0] + " k WHERE k.run_id = r.id AND k." + table[1] + " = ?)";
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}

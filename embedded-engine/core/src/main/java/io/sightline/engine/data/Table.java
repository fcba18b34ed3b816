package io.sightline.engine.data;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.PlatformException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An in-memory table of typed columns of equal length, as training and scoring read it. */
public final class Table {
    private final List<Column> columns;
    private final int rowCount;

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column column : columns) {
            if (column.size() != rowCount) {
                throw new IllegalArgumentException("Column " + column.name() + " has " + column.size()
                        + " rows, expected " + rowCount);
            }
        }
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasColumn(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }

    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("column", name));
    }

    /** The rows at {@code indices}, in that order. */
    public Table select(int[] indices) {
        return new Table(columns.stream().map(c -> c.select(indices)).toList());
    }

    /** The same table with some column types replaced. */
    public Table withTypes(Map<String, ColumnType> overrides) {
        List<Column> retyped = new ArrayList<>(columns.size());
        for (Column column : columns) {
            ColumnType type = overrides.get(column.name());
            retyped.add(type == null ? column : column.withType(type));
        }
        return new Table(retyped);
    }
}

package io.sightline.engine.train;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Numbers;
import io.sightline.engine.data.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal CSV reader for the shipped samples (no quoted fields): a column is NUMERIC when every non-empty
 * cell parses as a number, else CATEGORICAL. The real importer lives in the data package.
 */
public final class TestTables {
    private TestTables() {
    }

    public static Table sample(Path directory, String name) {
        return read(SampleData.copyTo(directory, name));
    }

    public static Table read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            int rows = lines.size() - 1;
            String[][] cells = new String[header.length][rows];
            for (int r = 0; r < rows; r++) {
                String[] parts = lines.get(r + 1).split(",", -1);
                for (int c = 0; c < header.length; c++) {
                    String cell = c < parts.length ? parts[c] : "";
                    cells[c][r] = cell.isEmpty() ? null : cell;
                }
            }
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < header.length; c++) {
                columns.add(Column.of(header[c], inferType(cells[c]), cells[c]));
            }
            return new Table(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ColumnType inferType(String[] cells) {
        for (String cell : cells) {
            if (cell != null && Double.isNaN(Numbers.parse(cell))) {
                return ColumnType.CATEGORICAL;
            }
        }
        return ColumnType.NUMERIC;
    }

    /** Row {@code row} of the table as column name → cell text ("" for missing), without {@code target}. */
    public static Map<String, String> row(Table table, int row, String target) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (!column.name().equals(target)) {
                values.put(column.name(), column.value(row) == null ? "" : column.value(row));
            }
        }
        return values;
    }

    public static String lastColumn(Table table) {
        return table.columnNames().get(table.columnCount() - 1);
    }
}

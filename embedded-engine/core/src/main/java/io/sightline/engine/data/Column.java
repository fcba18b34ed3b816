package io.sightline.engine.data;

import io.sightline.engine.api.ColumnType;
import java.util.Objects;

/**
 * One column of a {@link Table}: the text of every cell as it was in the file (null when missing) and the
 * column's type. Numeric values are parsed once, on first use.
 */
public final class Column {
    private final String name;
    private final ColumnType type;
    private final String[] values;
    private volatile double[] numbers;

    private Column(String name, ColumnType type, String[] values) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.values = values;
    }

    /** A column over {@code values}; the array is owned by the column from now on. */
    public static Column of(String name, ColumnType type, String[] values) {
        return new Column(name, type, values);
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    public int size() {
        return values.length;
    }

    /** The cell's text, or null when it is missing. */
    public String value(int row) {
        return values[row];
    }

    public boolean isMissing(int row) {
        return values[row] == null;
    }

    /** The cell as a number: NaN when missing or not a number. */
    public double number(int row) {
        double[] parsed = numbers;
        if (parsed == null) {
            parsed = parseAll();
            numbers = parsed;
        }
        return parsed[row];
    }

    public Column withType(ColumnType newType) {
        return newType == type ? this : new Column(name, newType, values);
    }

    /** The rows at {@code indices}, in that order. */
    public Column select(int[] indices) {
        String[] picked = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = values[indices[i]];
        }
        return new Column(name, type, picked);
    }

    private double[] parseAll() {
        double[] parsed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            parsed[i] = Numbers.parse(values[i]);
        }
        return parsed;
    }
}

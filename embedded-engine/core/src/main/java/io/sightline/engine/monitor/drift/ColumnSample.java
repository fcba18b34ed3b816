package io.sightline.engine.monitor.drift;

/**
 * One column of a reference or current sample, prepared for the drift tests: numbers sorted, categories counted.
 * {@code rows} counts every row, missing cells included; the tests see only the values that are present.
 */
public sealed interface ColumnSample permits ColumnSample.Numbers, ColumnSample.Categories {

    String name();

    int rows();

    /** Rows whose cell is missing. */
    int missing();

    /** Present values. */
    default int present() {
        return rows() - missing();
    }

    /** The share of rows with a missing cell (0 for no rows). */
    default double missingShare() {
        return rows() == 0 ? 0 : (double) missing() / rows();
    }

    /** A numeric column: NaN cells are missing. */
    record Numbers(String name, int rows, SortedSample values) implements ColumnSample {

        public static Numbers of(String name, double[] cells) {
            return new Numbers(name, cells.length, SortedSample.of(cells));
        }

        @Override
        public int missing() {
            return rows - values.size();
        }
    }

    /** A categorical column: null cells are missing. */
    record Categories(String name, int rows, CategoryCounts counts) implements ColumnSample {

        public static Categories of(String name, String[] cells) {
            return new Categories(name, cells.length, CategoryCounts.of(cells));
        }

        @Override
        public int missing() {
            return (int) (rows - counts.total());
        }
    }
}

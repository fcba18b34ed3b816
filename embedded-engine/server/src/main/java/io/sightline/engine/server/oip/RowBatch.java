package io.sightline.engine.server.oip;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The rows an inference request asks to score, mapped onto the model's inputs and read in place from the request's
 * tensors: nothing is copied per row. A request either sends one tensor per input (shape {@code [n]} or
 * {@code [n, 1]}; BYTES for categories and dates, a numeric datatype or BYTES for numbers), or one FP32/FP64
 * tensor of shape {@code [n, k]} whose columns are the model's k inputs in schema order (numeric inputs only).
 * A null element is an unknown value, which the model imputes as it does a blank cell.
 */
final class RowBatch {
    private final InferenceModel endpoint;
    /** Per schema input: the texts holding it, where its first row is, and the step from one row to the next. */
    private final String[][] columns;
    private final int[] offsets;
    private final int[] strides;
    private final int rows;

    private RowBatch(InferenceModel endpoint, String[][] columns, int[] offsets, int[] strides, int rows) {
        this.endpoint = endpoint;
        this.columns = columns;
        this.offsets = offsets;
        this.strides = strides;
        this.rows = rows;
    }

    /** The rows of {@code inputs} for {@code endpoint}, refused in plain words when they do not fit its inputs. */
    static RowBatch of(List<InputTensor> inputs, InferenceModel endpoint) {
        if (inputs.isEmpty()) {
            throw PlatformException.invalid("The request has no inputs: send one tensor per model input ("
                    + endpoint.inputList() + "), or one FP32/FP64 tensor of shape [n, " + endpoint.inputs().size()
                    + "] holding them in that order.");
        }
        if (inputs.size() == 1 && endpoint.inputPosition(inputs.get(0).name()) < 0) {
            return matrix(inputs.get(0), endpoint);
        }
        return named(inputs, endpoint);
    }

    int size() {
        return rows;
    }

    /** Row {@code row} as input name → value text (null: unknown), a view over the request's tensors. */
    Map<String, String> row(int row) {
        return new Row(row);
    }

    /**
     * Scores every row through the deployment, in order. A row the platform refuses fails the whole request,
     * with the row's number in the message when there are several.
     */
    PredictionResult[] score(Predictions predictions) {
        PredictionResult[] results = new PredictionResult[rows];
        for (int r = 0; r < rows; r++) {
            try {
                results[r] = predictions.predict(endpoint.name(), row(r));
            } catch (PlatformException e) {
                if (rows == 1 || e.code() != ErrorCode.INVALID_INPUT) {
                    throw e;
                }
                throw new PlatformException(e.code(), "Row " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
        return results;
    }

    private String cell(int column, int row) {
        return columns[column][offsets[column] + row * strides[column]];
    }

    private static RowBatch named(List<InputTensor> inputs, InferenceModel endpoint) {
        List<FieldSpec> fields = endpoint.inputs();
        String[][] columns = new String[fields.size()][];
        InputTensor first = null;
        for (InputTensor input : inputs) {
            int position = endpoint.inputPosition(input.name());
            if (position < 0) {
                throw unknownInput(input, endpoint);
            }
            if (columns[position] != null) {
                throw PlatformException.invalid("Input '" + input.name() + "' is sent twice.");
            }
            long[] shape = input.shape();
            if (shape.length != 1 && !(shape.length == 2 && shape[1] == 1)) {
                throw PlatformException.invalid("Input '" + input.name() + "' has shape " + input.shapeText()
                        + "; a model input takes shape [n] or [n, 1] for n rows.");
            }
            if (first != null && shape[0] != first.shape()[0]) {
                throw PlatformException.invalid("Input '" + input.name() + "' has " + shape[0] + " row(s) but '"
                        + first.name() + "' has " + first.shape()[0] + ": every input must have the same number of rows.");
            }
            checkDatatype(input, fields.get(position));
            input.checkValues();
            columns[position] = input.values().texts();
            first = first == null ? input : first;
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null) {
                missing.add("'" + fields.get(c).name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw PlatformException.invalid("Missing input" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": the model '" + endpoint.name() + "' needs all of its "
                    + fields.size() + " inputs; send null for a value that is unknown.");
        }
        int[] strides = new int[columns.length];
        Arrays.fill(strides, 1);
        return new RowBatch(endpoint, columns, new int[columns.length], strides, rowCount(first.shape()[0]));
    }

    private static RowBatch matrix(InputTensor input, InferenceModel endpoint) {
        long[] shape = input.shape();
        if (shape.length != 2 || (input.datatype() != Datatype.FP32 && input.datatype() != Datatype.FP64)) {
            throw unknownInput(input, endpoint);
        }
        List<FieldSpec> fields = endpoint.inputs();
        int k = fields.size();
        if (shape[1] != k) {
            throw PlatformException.invalid("Input '" + input.name() + "' has " + shape[1] + " column(s), but the model '"
                    + endpoint.name() + "' takes " + k + " input(s), in this order: " + endpoint.inputList() + ".");
        }
        for (FieldSpec field : fields) {
            if (field.type() != ColumnType.NUMERIC) {
                throw PlatformException.invalid("A single [n, " + k + "] tensor carries numbers only, but the model '"
                        + endpoint.name() + "' also takes '" + field.name() + "' (" + field.type().plainName()
                        + "): send one tensor per input instead.");
            }
        }
        input.checkValues();
        String[][] columns = new String[k][];
        int[] offsets = new int[k];
        int[] strides = new int[k];
        for (int c = 0; c < k; c++) {
            columns[c] = input.values().texts();
            offsets[c] = c;
            strides[c] = k;
        }
        return new RowBatch(endpoint, columns, offsets, strides, rowCount(shape[0]));
    }

    private static int rowCount(long rows) {
        if (rows == 0) {
            throw PlatformException.invalid("The request has no rows: send at least one.");
        }
        return (int) rows; // the data held rows × columns values, so this fits
    }

    /** Numbers may come as any numeric datatype or as text; categories and dates as text (BYTES) only. */
    private static void checkDatatype(InputTensor input, FieldSpec field) {
        Datatype datatype = input.datatype();
        if (field.type() == ColumnType.NUMERIC) {
            if (datatype == Datatype.BOOL) {
                throw PlatformException.invalid("Input '" + input.name() + "' is a number: send it as FP32, FP64, "
                        + "an INT or UINT type, or BYTES; not as BOOL.");
            }
        } else if (datatype != Datatype.BYTES) {
            throw PlatformException.invalid("Input '" + input.name() + "' holds values of the kind '"
                    + field.type().plainName() + "': send it as BYTES (strings), not as " + datatype + ".");
        }
    }

    private static PlatformException unknownInput(InputTensor input, InferenceModel endpoint) {
        return PlatformException.invalid("The model '" + endpoint.name() + "' has no input '" + input.name()
                + "'. Send one tensor per input (" + endpoint.inputList() + "), each of shape [n], or a single "
                + "FP32/FP64 tensor of shape [n, " + endpoint.inputs().size() + "] holding them in that order.");
    }

    /** One row as a read-only map, for the platform's scoring and prediction log. */
    private final class Row extends AbstractMap<String, String> {
        private final int row;

        Row(int row) {
            this.row = row;
        }

        @Override
        public String get(Object key) {
            int column = key instanceof String name ? endpoint.inputPosition(name) : -1;
            return column < 0 ? null : cell(column, row);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && endpoint.inputPosition(name) >= 0;
        }

        @Override
        public int size() {
            return columns.length;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int column;

                        @Override
                        public boolean hasNext() {
                            return column < columns.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int c = column++;
                            return new SimpleImmutableEntry<>(endpoint.inputs().get(c).name(), cell(c, row));
                        }
                    };
                }

                @Override
                public int size() {
                    return columns.length;
                }
            };
        }
    }
}

package io.sightline.engine.server.oip;

import io.sightline.engine.api.ModelSchema;
import java.util.List;

/**
 * The output tensors a deployment gives. A classifier: the predicted {@code label} per row, the class
 * {@code probabilities} per row (one column per class), and the {@code classes} in the order of those columns.
 * A regressor: the predicted {@code value} per row.
 */
enum Output {
    LABEL("label", Datatype.BYTES),
    PROBABILITIES("probabilities", Datatype.FP64),
    CLASSES("classes", Datatype.BYTES),
    VALUE("value", Datatype.FP64);

    private final String tensorName;
    private final Datatype datatype;

    Output(String tensorName, Datatype datatype) {
        this.tensorName = tensorName;
        this.datatype = datatype;
    }

    String tensorName() {
        return tensorName;
    }

    Datatype datatype() {
        return datatype;
    }

    /** Every output of a model with this schema, in the order they are sent when none are asked for. */
    static List<Output> of(ModelSchema schema) {
        return schema.task().isClassification() ? List.of(LABEL, PROBABILITIES, CLASSES) : List.of(VALUE);
    }

    /** The shape of this output for {@code rows} rows and {@code classes} classes; -1 for any number of rows. */
    long[] shape(long rows, int classes) {
        return switch (this) {
            case LABEL, VALUE -> new long[] {rows};
            case PROBABILITIES -> new long[] {rows, classes};
            case CLASSES -> new long[] {classes};
        };
    }
}

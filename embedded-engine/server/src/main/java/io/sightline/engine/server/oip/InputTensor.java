package io.sightline.engine.server.oip;

import io.sightline.engine.api.PlatformException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** One input tensor of an inference request: its name, datatype, shape and elements. */
record InputTensor(String name, Datatype datatype, long[] shape, TensorValues values) {

    /** The shape as the protocol writes it, e.g. {@code [2, 4]}. */
    String shapeText() {
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Refuses a tensor whose data does not fill its shape exactly, or holds a value its datatype does not allow
     * (a string in an FP64 tensor, a fraction in an INT32 one, a number in a BYTES one).
     */
    void checkValues() {
        long expected = 1;
        for (long dimension : shape) {
            // saturates instead of overflowing: no shape that large can match the data anyway
            expected = dimension != 0 && expected > Long.MAX_VALUE / dimension ? Long.MAX_VALUE : expected * dimension;
        }
        if (expected != values.size()) {
            throw PlatformException.invalid("Input '" + name + "' has shape " + shapeText() + ", which holds "
                    + expected + " value(s), but its data has " + values.size() + ".");
        }
        for (int i = 0; i < values.size(); i++) {
            if (!datatype.accepts(values.kind(i))) {
                String value = values.kind(i) == Element.TEXT ? "\"" + values.text(i) + "\"" : values.text(i);
                throw PlatformException.invalid("Input '" + name + "' is " + datatype + ", so each value must be "
                        + datatype.expectation() + "; value " + (i + 1) + " is " + value + ".");
            }
        }
    }
}

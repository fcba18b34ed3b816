package io.sightline.engine.server.oip;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sightline.engine.api.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an inference request from the request body in one pass of a streaming parser: no tree is built, and
 * each tensor element is kept only as its text ({@link TensorValues}). Fields the protocol allows but the
 * platform has no use for ({@code parameters}) and unknown fields are skipped. Malformed JSON surfaces as the
 * parser's {@link IOException}; a well-formed request of the wrong shape as a {@link PlatformException}.
 */
final class InferenceRequestReader {
    /** Deeper nesting than a tensor of this many dimensions is refused rather than followed. */
    private static final int MAX_DEPTH = 32;

    private final JsonFactory json;

    InferenceRequestReader(JsonFactory json) {
        this.json = json;
    }

    InferenceRequest read(InputStream body) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw PlatformException.invalid("The request body is empty: send a JSON inference request with 'inputs'.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw PlatformException.invalid("The request body must be a JSON object with 'inputs'.");
            }
            String id = null;
            List<InputTensor> inputs = null;
            List<String> outputs = List.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = string(parser, value, "'id'");
                    case "inputs" -> inputs = inputs(parser, value);
                    case "outputs" -> outputs = outputs(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                // reading to the end also makes the parser check the request's length limit on a short body
                throw PlatformException.invalid("The request body holds more than one JSON value.");
            }
            if (inputs == null) {
                throw PlatformException.invalid("The request has no 'inputs': send one tensor per model input, or "
                        + "one FP32/FP64 tensor of shape [n, k] holding them all.");
            }
            return new InferenceRequest(id, inputs, outputs);
        }
    }

    private List<InputTensor> inputs(JsonParser parser, JsonToken value) throws IOException {
        expectArray(value, "'inputs'");
        List<InputTensor> inputs = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            inputs.add(input(parser, inputs.size() + 1));
        }
        return inputs;
    }

    private InputTensor input(JsonParser parser, int position) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw PlatformException.invalid("Input " + position + " must be an object with name, shape, datatype and data.");
        }
        String name = null;
        String datatype = null;
        long[] shape = null;
        TensorValues values = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> name = string(parser, value, "The name of input " + position);
                case "datatype" -> datatype = string(parser, value, "The datatype of input " + position);
                case "shape" -> shape = shape(parser, value, position);
                case "data" -> {
                    expectArray(value, "The data of input " + position);
                    values = new TensorValues();
                    elements(parser, values, 1);
                }
                default -> parser.skipChildren();
            }
        }
        String label = name == null ? "Input " + position : "Input '" + name + "'";
        if (name == null || datatype == null || shape == null || values == null) {
            throw PlatformException.invalid(label + " needs a name, a shape, a datatype and data; it has no "
                    + (name == null ? "name" : datatype == null ? "datatype" : shape == null ? "shape" : "data") + ".");
        }
        return new InputTensor(name, Datatype.parse(datatype, name), shape, values);
    }

    private static long[] shape(JsonParser parser, JsonToken value, int position) throws IOException {
        expectArray(value, "The shape of input " + position);
        long[] dimensions = new long[4];
        int rank = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
                throw PlatformException.invalid("The shape of input " + position
                        + " must be a list of whole numbers of 0 or more, such as [3] or [3, 4].");
            }
            if (rank == dimensions.length) {
                dimensions = Arrays.copyOf(dimensions, rank * 2);
            }
            dimensions[rank++] = parser.getLongValue();
        }
        return Arrays.copyOf(dimensions, rank);
    }

    /** Adds every element of the array the parser is in, flattening nested arrays (row-major, as sent). */
    private static void elements(JsonParser parser, TensorValues values, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw PlatformException.invalid("Tensor data is nested more than " + MAX_DEPTH + " levels deep.");
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            switch (token) {
                case VALUE_NUMBER_INT -> values.add(Element.INTEGER, parser.getText());
                case VALUE_NUMBER_FLOAT -> values.add(Element.DECIMAL, parser.getText());
                case VALUE_STRING -> values.add(Element.TEXT, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> values.add(Element.BOOLEAN, parser.getText());
                case VALUE_NULL -> values.add(Element.NULL, null);
                case START_ARRAY -> elements(parser, values, depth + 1);
                default -> throw PlatformException.invalid("Tensor data holds values (numbers, strings, true, false "
                        + "or null) and arrays of them; it cannot hold objects.");
            }
        }
    }

    private static List<String> outputs(JsonParser parser, JsonToken value) throws IOException {
        expectArray(value, "'outputs'");
        List<String> names = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw PlatformException.invalid("Each requested output must be an object with a name, such as "
                        + "{\"name\": \"label\"}.");
            }
            String name = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken fieldValue = parser.nextToken();
                if (field.equals("name")) {
                    name = string(parser, fieldValue, "The name of requested output " + (names.size() + 1));
                } else {
                    parser.skipChildren();
                }
            }
            if (name == null) {
                throw PlatformException.invalid("Requested output " + (names.size() + 1) + " has no name.");
            }
            if (names.contains(name)) {
                throw PlatformException.invalid("The output '" + name + "' is asked for twice.");
            }
            names.add(name);
        }
        return names;
    }

    private static String string(JsonParser parser, JsonToken value, String what) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw PlatformException.invalid(what + " must be a string.");
        }
        return parser.getText();
    }

    private static void expectArray(JsonToken value, String what) {
        if (value != JsonToken.START_ARRAY) {
            throw PlatformException.invalid(what + " must be a JSON array.");
        }
    }
}

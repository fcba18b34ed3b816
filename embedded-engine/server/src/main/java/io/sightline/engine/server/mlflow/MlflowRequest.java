package io.sightline.engine.server.mlflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of an MLflow request, from its JSON body or its query string (GET and DELETE requests may use
 * either). Numbers that protobuf calls int64 are accepted as JSON numbers or as strings, as MLflow does.
 */
final class MlflowRequest {
    private final ObjectNode fields;

    private MlflowRequest(ObjectNode fields) {
        this.fields = fields;
    }

    static MlflowRequest of(Context context) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> parameter : context.queryParamMap().entrySet()) {
            List<String> values = parameter.getValue();
            if (values.size() == 1) {
                fields.put(parameter.getKey(), values.get(0));
            } else {
                values.forEach(fields.putArray(parameter.getKey())::add);
            }
        }
        String body = context.body();
        if (!body.isBlank()) {
            fields.setAll(parse(body));
        }
        return new MlflowRequest(fields);
    }

    static MlflowRequest of(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw PlatformException.invalid("Expected a JSON object but found " + node.getNodeType() + ".");
        }
        return new MlflowRequest(object);
    }

    private static ObjectNode parse(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        throw PlatformException.invalid("The request body must be a JSON object.");
    }

    /** A text field; null when absent. */
    String text(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw invalid(name, node, "text");
        }
        return node.asText();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            throw missing(name);
        }
        return value;
    }

    /** The {@code value} of a parameter or tag: required, and may be empty. */
    String value() {
        String value = text("value");
        if (value == null) {
            throw missing("value");
        }
        return value;
    }

    /** The run's id from {@code run_id}, or the older {@code run_uuid}. */
    String runId() {
        String runId = text("run_id");
        if (runId == null || runId.isEmpty()) {
            runId = text("run_uuid");
        }
        if (runId == null || runId.isEmpty()) {
            throw missing("run_id");
        }
        return runId;
    }

    /** An int64 field, given as a JSON number or as a string of digits; null when absent. */
    Long int64(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().strip());
            } catch (NumberFormatException e) {
                throw invalid(name, node, "a whole number");
            }
        }
        if (node.isNumber() && node.asDouble() == Math.rint(node.asDouble())) {
            return (long) node.asDouble();
        }
        throw invalid(name, node, "a whole number");
    }

    long requiredInt64(String name) {
        Long value = int64(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** A double field: a JSON number, or a string such as "0.5", "NaN" or "Infinity". */
    double requiredDouble(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            throw missing(name);
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().strip());
            } catch (NumberFormatException e) {
                throw invalid(name, node, "a number");
            }
        }
        throw invalid(name, node, "a number");
    }

    boolean bool(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.asText());
        }
        throw invalid(name, node, "true or false");
    }

    /** A repeated text field: a JSON array, or one or more query parameters of that name. */
    List<String> texts(String name) {
        JsonNode node = fields.get(name);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    /** A repeated message field, each item as a request of its own. */
    List<MlflowRequest> objects(String name) {
        JsonNode node = fields.get(name);
        List<MlflowRequest> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            throw invalid(name, node, "a list");
        }
        node.forEach(item -> items.add(of(item)));
        return items;
    }

    /** A model version number, which MLflow sends as a string. */
    int version() {
        String text = requiredText("version");
        try {
            int version = Integer.parseInt(text.strip());
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wrong
        }
        throw PlatformException.invalid("Model version must be a positive whole number, got '" + text + "'.");
    }

    private static PlatformException missing(String name) {
        return PlatformException.invalid("Missing value for required parameter '" + name + "'.");
    }

    private static PlatformException invalid(String name, JsonNode node, String expected) {
        return PlatformException.invalid("Invalid value " + node + " for parameter '" + name + "': expected "
                + expected + ".");
    }
}

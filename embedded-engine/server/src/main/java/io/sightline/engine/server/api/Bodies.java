package io.sightline.engine.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.RequestLimits;
import io.sightline.engine.wire.Wire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** JSON request bodies, refused in plain words when they are not JSON, not an object or lack a field. */
final class Bodies {
    private static final TypeReference<Map<String, String>> ROW = new TypeReference<>() { };

    private Bodies() {
    }

    /** The body as a JSON object that has every one of {@code required} fields (not null). */
    static ObjectNode object(Context ctx, String... required) {
        return object(tree(ctx), required);
    }

    private static ObjectNode object(JsonNode tree, String... required) {
        if (!(tree instanceof ObjectNode object)) {
            throw PlatformException.invalid("The request body must be a JSON object, not " + tree.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return require(object, required);
    }

    /** {@code object}, once it is known to have every one of {@code required} fields (not null). */
    static ObjectNode require(ObjectNode object, String... required) {
        for (String field : required) {
            if (!object.hasNonNull(field)) {
                throw PlatformException.invalid("The request body lacks the field '" + field + "'.");
            }
        }
        return object;
    }

    /** The body as JSON of any kind; refused when it is missing or not JSON. */
    static JsonNode tree(Context ctx) {
        return parse(RequestLimits.jsonBody(ctx));
    }

    private static JsonNode parse(InputStream body) {
        JsonNode tree;
        try {
            tree = Wire.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw PlatformException.invalid("The request body could not be read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw PlatformException.invalid("This call needs a JSON body.");
        }
        return tree;
    }

    /** A row to score: a JSON object of column name to value, each value text or a number. */
    static Map<String, String> row(Context ctx) {
        try {
            return Wire.MAPPER.convertValue(object(ctx), ROW);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("Each value of the row must be text, a number or null, as it would "
                    + "appear in a CSV file.");
        }
    }

    /** The body as a {@code type}, after checking its {@code required} fields. */
    static <T> T read(Context ctx, Class<T> type, String... required) {
        return convert(object(ctx, required), type);
    }

    /** The body as a {@code type}, or {@code absent} when the request has no body at all. */
    static <T> T readIfAny(Context ctx, Class<T> type, T absent) {
        byte[] body;
        try (InputStream in = RequestLimits.jsonBody(ctx)) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw PlatformException.invalid("The request body could not be read: " + e.getMessage());
        }
        return body.length == 0 ? absent : convert(object(parse(new ByteArrayInputStream(body))), type);
    }

    static <T> T convert(JsonNode tree, Class<T> type) {
        return convert(tree, Wire.MAPPER.constructType(type));
    }

    static <T> T convert(JsonNode tree, TypeReference<T> type) {
        return convert(tree, Wire.MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T convert(JsonNode tree, JavaType type) {
        try {
            return Wire.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof PlatformException refused) {
                    throw refused;
                }
            }
            throw PlatformException.invalid("The request body does not fit: " + e.getOriginalMessage());
        }
    }
}

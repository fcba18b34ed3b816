package io.sightline.engine.server.openapi;

import io.sightline.engine.wire.ErrorBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3 document of a list of endpoints, as a JSON-ready tree of maps and lists. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {
    }

    public static Map<String, Object> of(String title, String version, List<DocumentedRoute> endpoints) {
        JsonSchemas schemas = new JsonSchemas();
        Map<String, Object> errorBody = schemas.of(ErrorBody.class);
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (DocumentedRoute endpoint : endpoints) {
            paths.computeIfAbsent(endpoint.path(), p -> new LinkedHashMap<>())
                    .put(endpoint.method().name().toLowerCase(Locale.ROOT), operation(endpoint, schemas, errorBody));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", title, "version", version));
        document.put("security", List.of(Map.of("bearer", List.of())));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas.components(),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return document;
    }

    private static Map<String, Object> operation(DocumentedRoute endpoint, JsonSchemas schemas, Map<String, Object> errorBody) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(endpoint.tag()));
        operation.put("summary", endpoint.summary());
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAM.matcher(endpoint.path());
        while (matcher.find()) {
            parameters.add(Map.of("in", "path", "name", matcher.group(1), "required", true,
                    "schema", Map.of("type", "string")));
        }
        for (Param param : endpoint.params()) {
            parameters.add(Map.of("in", param.in(), "name", param.name(), "required", false,
                    "description", param.description(), "schema", Map.of("type", param.type())));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (endpoint.request() != null) {
            operation.put("requestBody", Map.of("required", true, "content", content(endpoint.request(), schemas)));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", endpoint.response() != null && endpoint.response().description() != null
                && !endpoint.response().isList() ? endpoint.response().description() : "Success");
        if (endpoint.response() != null) {
            success.put("content", content(endpoint.response(), schemas));
        }
        responses.put(String.valueOf(endpoint.status()), success);
        responses.put("default", Map.of("description", "A failure: its stable code and a plain-language message",
                "content", Map.of("application/json", Map.of("schema", errorBody))));
        operation.put("responses", responses);
        if (endpoint.tokenFree()) {
            operation.put("security", List.of());
        }
        return operation;
    }

    private static Map<String, Object> content(Shape shape, JsonSchemas schemas) {
        Map<String, Object> schema = switch (shape.kind()) {
            case JSON -> shape.isList() ? Map.of("type", "array", "items", schemas.of(shape.type()))
                    : schemas.of(shape.type());
            case ONE_OF -> Map.of("oneOf", shape.types().stream().map(schemas::of).toList());
            case PAGE -> Map.of("type", "object", "properties", Map.of(
                    "items", Map.of("type", "array", "items", schemas.of(shape.type())),
                    "offset", Map.of("type", "integer"),
                    "limit", Map.of("type", "integer"),
                    "total", Map.of("type", "integer", "format", "int64", "nullable", true)));
            case TEXT -> Map.of("type", "string", "description", shape.description());
        };
        return Map.of(shape.mediaType(), Map.of("schema", schema));
    }
}

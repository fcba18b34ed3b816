package io.sightline.engine.server.openapi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON schemas of the platform's records, read from their components the way Jackson writes them: records
 * become named components referred to by {@code $ref}, sealed event types a {@code oneOf} with their
 * {@code type} discriminator.
 */
final class JsonSchemas {
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();

    /** Every named schema referred to so far. */
    Map<String, Object> components() {
        return components;
    }

    /** The schema of {@code type}, registering the named schemas it needs. */
    Map<String, Object> of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", of(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", of(arguments[1]));
            }
            return of(raw);
        }
        if (!(type instanceof Class<?> cls)) {
            return Map.of();
        }
        if (cls == String.class || cls == char.class) {
            return Map.of("type", "string");
        }
        if (cls == int.class || cls == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (cls == long.class || cls == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class) {
            return Map.of("type", "number", "format", "double");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == Duration.class) {
            return Map.of("type", "number", "description", "seconds");
        }
        if (cls.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(cls.getEnumConstants()).map(Object::toString).toList());
        }
        if (cls.isRecord() || cls.isSealed()) {
            return reference(cls);
        }
        return Map.of("type", "object");
    }

    private Map<String, Object> reference(Class<?> cls) {
        String name = nameOf(cls);
        if (!components.containsKey(name)) {
            components.put(name, Map.of()); // placeholder, so that recursive types end
            components.put(name, cls.isSealed() ? sealed(cls) : record(cls, null, null));
        }
        return Map.of("$ref", REF_PREFIX + name);
    }

    private Map<String, Object> record(Class<?> cls, String discriminator, String typeName) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (discriminator != null) {
            properties.put(discriminator, Map.of("type", "string", "enum", List.of(typeName)));
        }
        for (RecordComponent component : cls.getRecordComponents()) {
            properties.put(component.getName(), of(component.getGenericType()));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (discriminator != null) {
            schema.put("required", List.of(discriminator));
        }
        return schema;
    }

    private Map<String, Object> sealed(Class<?> cls) {
        JsonTypeInfo info = cls.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = cls.getAnnotation(JsonSubTypes.class);
        if (info == null || subTypes == null) {
            return Map.of("type", "object");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (JsonSubTypes.Type subType : subTypes.value()) {
            String name = nameOf(subType.value());
            components.put(name, record(subType.value(), info.property(), subType.name()));
            mapping.put(subType.name(), REF_PREFIX + name);
        }
        return Map.of("oneOf", mapping.values().stream().map(ref -> Map.of("$ref", ref)).toList(),
                "discriminator", Map.of("propertyName", info.property(), "mapping", mapping));
    }

    /** A record's simple name, or with its enclosing type's name when another record already has that name. */
    private String nameOf(Class<?> cls) {
        String simple = cls.getSimpleName();
        Class<?> holder = named.putIfAbsent(simple, cls);
        if (holder == null || holder == cls || cls.getEnclosingClass() == null) {
            return simple;
        }
        String qualified = cls.getEnclosingClass().getSimpleName() + simple;
        named.putIfAbsent(qualified, cls);
        return qualified;
    }
}

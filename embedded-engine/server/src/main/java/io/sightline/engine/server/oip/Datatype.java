package io.sightline.engine.server.oip;

import io.sightline.engine.api.PlatformException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The tensor element types of the protocol, and which JSON values each one accepts. */
enum Datatype {
    BOOL, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, FP16, FP32, FP64, BYTES;

    /** The datatype called {@code name} (case-sensitive, as the protocol says), refused in plain words otherwise. */
    static Datatype parse(String name, String tensor) {
        for (Datatype type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw PlatformException.invalid("Input '" + tensor + "' has the unknown datatype '" + name + "'; use one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }

    boolean numeric() {
        return this != BOOL && this != BYTES;
    }

    boolean floating() {
        return this == FP16 || this == FP32 || this == FP64;
    }

    /** Whether an element of this kind may stand in a tensor of this datatype; null (unknown) always may. */
    boolean accepts(Element element) {
        return switch (element) {
            case NULL -> true;
            case INTEGER -> numeric();
            case DECIMAL -> floating();
            case TEXT -> this == BYTES;
            case BOOLEAN -> this == BOOL;
        };
    }

    /** What a value of this datatype must be, for messages. */
    String expectation() {
        if (this == BYTES) {
            return "a string";
        }
        if (this == BOOL) {
            return "true or false";
        }
        return floating() ? "a number" : "a whole number";
    }
}

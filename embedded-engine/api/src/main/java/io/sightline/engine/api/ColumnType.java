package io.sightline.engine.api;

/** What kind of values a column holds, as inferred on import or chosen by the user. */
public enum ColumnType {
    NUMERIC("Number"),
    CATEGORICAL("Category"),
    BOOLEAN("Yes / no"),
    DATETIME("Date / time"),
    IDENTIFIER("Identifier"),
    TEXT("Free text");

    private final String plainName;

    ColumnType(String plainName) {
        this.plainName = plainName;
    }

    /** The name shown to people who do not speak in data types. */
    public String plainName() {
        return plainName;
    }

    /** Identifier-like and free-text columns are not used as model inputs. */
    public boolean isModelInput() {
        return this != IDENTIFIER && this != TEXT;
    }
}

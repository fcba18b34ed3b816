package io.sightline.engine.server.oip;

/** The JSON kind of one tensor element as it was sent, kept so that it can be checked against the datatype. */
enum Element {
    INTEGER, DECIMAL, TEXT, BOOLEAN, NULL
}

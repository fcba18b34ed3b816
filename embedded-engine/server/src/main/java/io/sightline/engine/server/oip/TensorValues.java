package io.sightline.engine.server.oip;

import java.util.Arrays;

/**
 * The elements of one tensor flattened in row-major order, each kept as the text it had in the request (numbers
 * as written, so nothing is lost to a round trip through a double; null for a JSON null) with its JSON kind.
 * The texts are what the platform scores, so they are stored once and read in place by {@link RowBatch}.
 */
final class TensorValues {
    private String[] texts = new String[8];
    private Element[] kinds = new Element[8];
    private int size;

    void add(Element kind, String text) {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        texts[size] = text;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    String text(int index) {
        return texts[index];
    }

    Element kind(int index) {
        return kinds[index];
    }

    /** The backing array (its first {@link #size()} entries are the elements), for reading rows without copying. */
    String[] texts() {
        return texts;
    }
}

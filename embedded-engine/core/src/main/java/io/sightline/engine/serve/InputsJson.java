package io.sightline.engine.serve;

import java.util.Map;

/**
 * The JSON object of a prediction's inputs (column name to cell text), written by hand: the log writes one per
 * prediction, and a general-purpose mapper spends most of its time there on reflection and buffers. Reads back
 * with any JSON reader. A null cell is written as the empty text it means to a model (unknown).
 */
final class InputsJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private InputsJson() {
    }

    static String write(Map<String, String> inputs, StringBuilder buffer) {
        buffer.setLength(0);
        buffer.append('{');
        boolean first = true;
        for (Map.Entry<String, String> field : inputs.entrySet()) {
            if (!first) {
                buffer.append(',');
            }
            first = false;
            string(field.getKey(), buffer);
            buffer.append(':');
            string(field.getValue() == null ? "" : field.getValue(), buffer);
        }
        return buffer.append('}').toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plainFrom, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            }
            plainFrom = i + 1;
        }
        out.append(text, plainFrom, text.length()).append('"');
    }
}

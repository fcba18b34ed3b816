package io.sightline.engine.data;

/**
 * The rules every reader of a cell shares: surrounding spaces and tabs do not count, and a cell is missing
 * when it is empty or says {@code NA}, {@code N/A}, {@code null}, {@code NaN} (any case) or {@code ?}.
 */
final class CellText {
    private CellText() {
    }

    static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        return from;
    }

    static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    /** Whether the trimmed cell {@code b[from, to)} is missing. */
    static boolean isMissing(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return true;
        }
        if (length > 4) {
            return false;
        }
        int first = b[from] | 0x20;
        if (first != 'n') {
            return length == 1 && b[from] == '?';
        }
        return switch (length) {
            case 2 -> (b[from + 1] | 0x20) == 'a';
            case 3 -> ((b[from + 1] | 0x20) == 'a' && (b[from + 2] | 0x20) == 'n')
                    || (b[from + 1] == '/' && (b[from + 2] | 0x20) == 'a');
            case 4 -> (b[from + 1] | 0x20) == 'u' && (b[from + 2] | 0x20) == 'l' && (b[from + 3] | 0x20) == 'l';
            default -> false;
        };
    }
}

package io.sightline.engine.data;

/**
 * How a CSV file is written: its delimiter (comma, semicolon or tab) and whether it starts with a UTF-8 byte
 * order mark. Quoting is always RFC 4180 double quotes; line ends may be LF or CRLF.
 */
public record CsvDialect(char delimiter, boolean byteOrderMark) {
    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 30;

    public CsvDialect {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("Unsupported delimiter: " + (int) delimiter);
        }
    }

    /** The delimiter in plain words, for messages. */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "tab";
        };
    }

    /**
     * Guesses the dialect from the first bytes of a file. For each candidate delimiter it counts the occurrences
     * outside quotes on each of the first lines and picks the one whose count is non-zero on the header and the
     * same on the most lines (ties: the larger count, then comma before semicolon before tab). A file where no
     * candidate appears on the header is read as comma-separated, that is as a single column.
     *
     * @param complete whether {@code head} holds the whole file, so that its last line is not cut short
     */
    public static CsvDialect detect(byte[] head, int length, boolean complete) {
        boolean bom = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        int[][] counts = new int[CANDIDATES.length][SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int i = bom ? 3 : 0; i < length && lines < SAMPLE_LINES; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                if (lineHasContent) {
                    lines++;
                }
                lineHasContent = false;
                continue;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (b == CANDIDATES[c]) {
                        counts[c][lines]++;
                    }
                }
            }
            lineHasContent = true;
        }
        if (lineHasContent && complete && lines < SAMPLE_LINES) {
            lines++;
        }
        return new CsvDialect(best(counts, Math.max(lines, 1)), bom);
    }

    private static char best(int[][] counts, int lines) {
        char best = ',';
        double bestConsistency = -1;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int header = counts[c][0];
            if (header == 0) {
                continue;
            }
            int agreeing = 0;
            for (int line = 0; line < lines; line++) {
                if (counts[c][line] == header) {
                    agreeing++;
                }
            }
            double consistency = (double) agreeing / lines;
            if (consistency > bestConsistency || (consistency == bestConsistency && header > bestCount)) {
                best = CANDIDATES[c];
                bestConsistency = consistency;
                bestCount = header;
            }
        }
        return best;
    }
}

package io.sightline.engine.data;

import io.sightline.engine.api.BadFileException;

/** Recognises files that are not CSV text by their first bytes, to say what they are instead of "not UTF-8". */
final class FileFormats {
    private record Signature(byte[] magic, String message) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature(new byte[] {(byte) 0x1F, (byte) 0x8B}, "This is a gzip-compressed file, not CSV text."
                + " Decompress it first (for example with gunzip) and import the .csv inside."),
        new Signature(new byte[] {'P', 'K', 3, 4}, "This is a zip archive or an Excel/OpenDocument workbook, not"
                + " CSV text. Unzip it, or open the workbook and save the sheet as 'CSV UTF-8'."),
        new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0}, "This is an old Excel"
                + " (.xls) or Office file, not CSV text. Open it and save the sheet as 'CSV UTF-8'."),
        new Signature(new byte[] {'%', 'P', 'D', 'F'}, "This is a PDF document, not CSV text. Export the table"
                + " from the program that made it as 'CSV UTF-8'."),
        new Signature(new byte[] {'P', 'A', 'R', '1'}, "This is a Parquet file, not CSV text. Convert it to CSV"
                + " (for example with pandas or DuckDB) and import that."),
        new Signature(new byte[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'}, "This is an"
                + " SQLite database, not CSV text. Export the table you need as CSV."),
        new Signature(new byte[] {(byte) 0xFF, (byte) 0xFE}, "This file is UTF-16 text. Save it again as"
                + " 'CSV UTF-8' (in Excel: File > Save As > CSV UTF-8) and import that."),
        new Signature(new byte[] {(byte) 0xFE, (byte) 0xFF}, "This file is UTF-16 text. Save it again as"
                + " 'CSV UTF-8' (in Excel: File > Save As > CSV UTF-8) and import that."),
    };

    private FileFormats() {
    }

    /** Throws a {@link BadFileException} for line 0 when {@code head} starts like a known non-CSV format. */
    static void refuseKnownBinary(byte[] head, int length) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(head, length, signature.magic())) {
                throw new BadFileException(0, signature.message());
            }
        }
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

package io.sightline.engine.api;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The audit log written out as CSV or JSON, the same from the command line and the console: every entry a
 * query's filters select, oldest first (chain order), with both hashes, so that the chain can be checked again
 * from the file alone. Both formats have the same fields, named as the CSV header names them.
 */
public final class AuditExport {
    private static final String[] HEADER = {"sequence", "at", "actor", "origin", "action", "subject", "before",
        "after", "previous_hash", "hash"};

    /** A file format the log is exported in. */
    public enum Format {
        CSV, JSON;

        /** The usual file name extension, e.g. ".csv". */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private AuditExport() {
    }

    /** Every entry {@code filter} selects (its paging ignored), oldest first, read page after page. */
    public static List<AuditEntry> entries(Audit audit, AuditQuery filter) {
        List<AuditEntry> all = new ArrayList<>();
        AuditQuery page = new AuditQuery(filter.from(), filter.to(), filter.actor(), filter.action(),
                filter.subject(), 0, AuditQuery.MAX_LIMIT);
        List<AuditEntry> entries = audit.auditEntries(page);
        while (!entries.isEmpty()) {
            all.addAll(entries);
            if (entries.size() < page.limit()) {
                break;
            }
            page = page.next();
            entries = audit.auditEntries(page);
        }
        Collections.reverse(all);
        return all;
    }

    /** Writes {@code entries} to {@code out} in {@code format}. */
    public static void write(List<AuditEntry> entries, Format format, Writer out) throws IOException {
        if (format == Format.JSON) {
            writeJson(entries, out);
        } else {
            writeRow(out, HEADER);
            for (AuditEntry entry : entries) {
                writeRow(out, fields(entry));
            }
        }
        out.flush();
    }

    private static String[] fields(AuditEntry e) {
        return new String[] {Long.toString(e.sequence()), e.at().toString(), e.actor(), e.origin(), e.action(),
            e.subject(), e.before(), e.after(), e.previousHash(), e.hash()};
    }

    /**
     * An array of objects, one per entry and line, every field a string but the sequence. Written here rather
     * than by a JSON library, so that the seam depends on the JDK alone.
     */
    private static void writeJson(List<AuditEntry> entries, Writer out) throws IOException {
        out.write("[");
        for (int e = 0; e < entries.size(); e++) {
            String[] fields = fields(entries.get(e));
            out.write(e == 0 ? "\n  {" : ",\n  {");
            out.write(jsonString(HEADER[0]) + ": " + fields[0]);
            for (int i = 1; i < HEADER.length; i++) {
                out.write(", " + jsonString(HEADER[i]) + ": " + jsonString(fields[i]));
            }
            out.write("}");
        }
        out.write(entries.isEmpty() ? "]\n" : "\n]\n");
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static void writeRow(Writer out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields[i]));
        }
        out.write("\r\n");
    }

    /** A field quoted as RFC 4180 says when it holds a comma, a quote or a line break. */
    private static String csvField(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

package io.sightline.engine.train;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads ISO dates and date-times as seconds since 1970 (UTC when no offset is given), the way models see them. */
final class DateValues {
    private DateValues() {
    }

    /** Epoch seconds of {@code text}, or NaN when it is not an ISO date or date-time. */
    static double epochSeconds(String text) {
        String t = text.strip();
        // "2024-03-31 12:00:00" is common in CSV files; ISO wants the T.
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            if (t.length() <= 10) {
                return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t).getEpochSecond();
            }
            if (hasOffset(t)) {
                return OffsetDateTime.parse(t).toEpochSecond();
            }
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    private static boolean hasOffset(String t) {
        int time = t.indexOf('T');
        return time > 0 && (t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
    }
}

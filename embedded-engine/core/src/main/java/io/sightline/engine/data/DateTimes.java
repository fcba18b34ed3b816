package io.sightline.engine.data;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Dates and date-times as CSV files write them, read as seconds since 1970-01-01T00:00:00Z so that training
 * can use them as numbers.
 *
 * <p>Dates: {@code yyyy-MM-dd} (also with / or . between the parts) and, with the year last, {@code dd/MM/yyyy}
 * or {@code MM/dd/yyyy} (also with - or .). A time may follow after {@code T} or a space: {@code HH:mm},
 * {@code HH:mm:ss} or {@code HH:mm:ss.fraction}, then optionally {@code Z} or an offset such as {@code +02:00}.
 * Times without an offset are taken as UTC: the numbers then keep their order and differences, which is what
 * a model needs.
 */
public final class DateTimes {
    /** How a date with the year last is read: 31/12/2024 (day first) or 12/31/2024 (month first). */
    public enum Order {
        DAY_FIRST,
        MONTH_FIRST
    }

    /** Bits of {@link #readableOrders}: the text reads as a date with the day first, with the month first. */
    static final int DAY_FIRST_READABLE = 1;
    static final int MONTH_FIRST_READABLE = 2;

    private DateTimes() {
    }

    /**
     * The order to read all {@code values} with: month first only when some value cannot be read day first
     * (such as 12/31/2024); day first otherwise, including when every value reads both ways.
     */
    public static Order orderOf(Iterable<String> values) {
        for (String value : values) {
            if (value != null && readableOrders(value) == MONTH_FIRST_READABLE) {
                return Order.MONTH_FIRST;
            }
        }
        return Order.DAY_FIRST;
    }

    /** Every cell of {@code column} in seconds since 1970, NaN where it is missing or not a date. */
    public static double[] epochSeconds(Column column) {
        String[] values = new String[column.size()];
        for (int row = 0; row < values.length; row++) {
            values[row] = column.value(row);
        }
        Order order = orderOf(java.util.Arrays.asList(values));
        double[] seconds = new double[values.length];
        for (int row = 0; row < values.length; row++) {
            seconds[row] = values[row] == null ? Double.NaN : epochSeconds(values[row], order);
        }
        return seconds;
    }

    /** {@code text} in seconds since 1970-01-01T00:00:00Z, or NaN when it is not a date or date-time. */
    public static double epochSeconds(String text, Order order) {
        String s = text.strip();
        int n = s.length();
        if (n < 8 || !isDigit(s.charAt(0))) {
            return Double.NaN;
        }
        int[] at = {0};
        int first = digits(s, at, 4);
        int firstDigits = at[0];
        if (firstDigits == 0 || at[0] >= n) {
            return Double.NaN;
        }
        char separator = s.charAt(at[0]);
        if (separator != '-' && separator != '/' && separator != '.') {
            return Double.NaN;
        }
        at[0]++;
        int start = at[0];
        int second = digits(s, at, 2);
        int secondDigits = at[0] - start;
        if (secondDigits == 0 || at[0] >= n || s.charAt(at[0]) != separator) {
            return Double.NaN;
        }
        at[0]++;
        start = at[0];
        int third = digits(s, at, 4);
        int thirdDigits = at[0] - start;
        int year;
        int month;
        int day;
        if (firstDigits == 4 && thirdDigits >= 1 && thirdDigits <= 2) {
            year = first;
            month = second;
            day = third;
        } else if (thirdDigits == 4 && firstDigits <= 2) {
            year = third;
            month = order == Order.MONTH_FIRST ? first : second;
            day = order == Order.MONTH_FIRST ? second : first;
        } else {
            return Double.NaN;
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return Double.NaN;
        }
        double seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400.0;
        if (at[0] == n) {
            return seconds;
        }
        double time = timeOfDay(s, at[0]);
        return Double.isNaN(time) ? Double.NaN : seconds + time;
    }

    /** Which orders {@code text} reads as a date in: a combination of the READABLE bits, 0 for none. */
    static int readableOrders(String text) {
        int orders = 0;
        if (!Double.isNaN(epochSeconds(text, Order.DAY_FIRST))) {
            orders |= DAY_FIRST_READABLE;
        }
        if (!Double.isNaN(epochSeconds(text, Order.MONTH_FIRST))) {
            orders |= MONTH_FIRST_READABLE;
        }
        return orders;
    }

    /** The seconds of "THH:mm[:ss[.fff]][Z|±HH[:]mm]" starting at {@code from}, minus the offset; NaN if malformed. */
    private static double timeOfDay(String s, int from) {
        int n = s.length();
        char t = s.charAt(from);
        if (t != 'T' && t != ' ') {
            return Double.NaN;
        }
        int[] at = {from + 1};
        int hour = twoDigits(s, at, true);
        if (hour < 0 || hour > 23 || !expect(s, at, ':')) {
            return Double.NaN;
        }
        int minute = twoDigits(s, at, false);
        if (minute < 0 || minute > 59) {
            return Double.NaN;
        }
        double seconds = hour * 3600.0 + minute * 60.0;
        if (at[0] < n && s.charAt(at[0]) == ':') {
            at[0]++;
            int second = twoDigits(s, at, false);
            if (second < 0 || second > 60) {
                return Double.NaN;
            }
            seconds += second;
            if (at[0] < n && (s.charAt(at[0]) == '.' || s.charAt(at[0]) == ',')) {
                at[0]++;
                double scale = 0.1;
                int begin = at[0];
                while (at[0] < n && isDigit(s.charAt(at[0]))) {
                    seconds += (s.charAt(at[0]) - '0') * scale;
                    scale /= 10;
                    at[0]++;
                }
                if (at[0] == begin) {
                    return Double.NaN;
                }
            }
        }
        while (at[0] < n && s.charAt(at[0]) == ' ') {
            at[0]++;
        }
        if (at[0] == n) {
            return seconds;
        }
        char zone = s.charAt(at[0]);
        if (zone == 'Z' && at[0] == n - 1) {
            return seconds;
        }
        if (zone != '+' && zone != '-') {
            return Double.NaN;
        }
        at[0]++;
        int begin = at[0];
        int offset4 = digits(s, at, 4);
        int offsetHours = at[0] - begin == 4 ? offset4 / 100 : at[0] - begin == 2 ? offset4 : -1;
        int offsetMinutes = at[0] - begin == 4 ? offset4 % 100 : 0;
        if (at[0] - begin == 2 && expect(s, at, ':')) {
            offsetMinutes = twoDigits(s, at, false);
        }
        if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59 || at[0] != n) {
            return Double.NaN;
        }
        int offset = offsetHours * 3600 + offsetMinutes * 60;
        return zone == '+' ? seconds - offset : seconds + offset;
    }

    private static int digits(String s, int[] at, int max) {
        int value = 0;
        int count = 0;
        while (at[0] < s.length() && count < max && isDigit(s.charAt(at[0]))) {
            value = value * 10 + s.charAt(at[0]) - '0';
            at[0]++;
            count++;
        }
        if (at[0] < s.length() && isDigit(s.charAt(at[0]))) {
            at[0] = s.length() + 1; // too many digits: make every caller's check fail
            return -1;
        }
        return value;
    }

    /** Two digits (or one when {@code oneAllowed}); -1 when absent. */
    private static int twoDigits(String s, int[] at, boolean oneAllowed) {
        int begin = at[0];
        int value = digits(s, at, 2);
        int count = at[0] - begin;
        return value < 0 || count == 0 || (count == 1 && !oneAllowed) ? -1 : value;
    }

    private static boolean expect(String s, int[] at, char c) {
        if (at[0] < s.length() && s.charAt(at[0]) == c) {
            at[0]++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.data.DateTimes.Order;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTimesTest {
    private static double day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * 86_400.0;
    }

    @Test
    void readsIsoDatesAndDateTimes() {
        assertThat(DateTimes.epochSeconds("2024-02-29", Order.DAY_FIRST)).isEqualTo(day(2024, 2, 29));
        assertThat(DateTimes.epochSeconds("2024/2/9", Order.DAY_FIRST)).isEqualTo(day(2024, 2, 9));
        assertThat(DateTimes.epochSeconds("2024-03-05T10:15:30Z", Order.DAY_FIRST))
                .isEqualTo(Instant.parse("2024-03-05T10:15:30Z").getEpochSecond());
        assertThat(DateTimes.epochSeconds("2024-03-05 10:15", Order.DAY_FIRST))
                .isEqualTo(Instant.parse("2024-03-05T10:15:00Z").getEpochSecond());
        assertThat(DateTimes.epochSeconds("2024-03-05T10:15:30.250+02:00", Order.DAY_FIRST))
                .isEqualTo(Instant.parse("2024-03-05T08:15:30Z").getEpochSecond() + 0.25);
        assertThat(DateTimes.epochSeconds("1969-12-31T23:59:59-0100", Order.DAY_FIRST)).isEqualTo(3599.0);
    }

    @Test
    void readsYearLastDatesInEitherOrder() {
        assertThat(DateTimes.epochSeconds("03/04/2024", Order.DAY_FIRST)).isEqualTo(day(2024, 4, 3));
        assertThat(DateTimes.epochSeconds("03/04/2024", Order.MONTH_FIRST)).isEqualTo(day(2024, 3, 4));
        assertThat(DateTimes.epochSeconds("31.12.2023 23:00", Order.DAY_FIRST)).isEqualTo(day(2023, 12, 31) + 82_800);
        assertThat(DateTimes.epochSeconds("12/31/2023", Order.DAY_FIRST)).isNaN();
        assertThat(DateTimes.orderOf(List.of("01/02/2024", "12/31/2023"))).isEqualTo(Order.MONTH_FIRST);
        assertThat(DateTimes.orderOf(List.of("01/02/2024", "31/12/2023"))).isEqualTo(Order.DAY_FIRST);
        assertThat(DateTimes.orderOf(List.of("01/02/2024", "02/01/2024"))).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String text : List.of("2023-02-29", "2024-13-01", "2024-00-10", "12345678", "2024-1-1x", "24-01-01",
                "2024-01-01T25:00", "2024-01-01T10:61", "2024-01-01 10:00 CET", "hello world", "2024-01-01T", "1/2/3")) {
            assertThat(DateTimes.epochSeconds(text, Order.DAY_FIRST)).as(text).isNaN();
        }
    }

    @Test
    void convertsAWholeColumnWithTheOrderItsValuesNeed() {
        Column column = Column.of("when", ColumnType.DATETIME, new String[] {"02/03/2024", null, "12/25/2024"});
        double[] seconds = DateTimes.epochSeconds(column);
        assertThat(seconds[0]).isEqualTo(day(2024, 2, 3));
        assertThat(seconds[1]).isNaN();
        assertThat(seconds[2]).isEqualTo(day(2024, 12, 25));
    }
}

package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedLevelsTest {

    @Test
    void rangesBecomeTheirMiddleAndOpenEndsHalfAWidthBeyondTheirBound() {
        assertThat(OrderedLevels.valuesOf(List.of("10-19", "20-29", "30-39", "<10", ">=40")))
                .containsExactly(14.5, 24.5, 34.5, 5.5, 44.5);
        assertThat(OrderedLevels.valuesOf(List.of("0-4", "15-19", "5-9", "50-54")))
                .containsExactly(2, 17, 7, 52);
        assertThat(OrderedLevels.valuesOf(List.of("1<=X<4", "4<=X<7", "<1", ">=7")))
                .containsExactly(2.5, 5.5, -0.5, 8.5);
        assertThat(OrderedLevels.valuesOf(List.of("18 to 24", "25 to 34", "65+"))).containsExactly(21, 29.5, 69.5);
        // plain numbers among ranges are points
        assertThat(OrderedLevels.valuesOf(List.of("0", "1-2", "3-5"))).containsExactly(0, 1.5, 4);
    }

    @Test
    void ordinalWordsBecomeTheirRank() {
        assertThat(OrderedLevels.valuesOf(List.of("high", "low", "medium"))).containsExactly(3, 1, 2);
        assertThat(OrderedLevels.valuesOf(List.of("Excellent", "Fair", "Good", "Poor"))).containsExactly(5, 2, 3, 1);
    }

    @Test
    void otherCategoriesStayCategories() {
        // one level that is not a range keeps the column a category
        assertThat(OrderedLevels.valuesOf(List.of("<0", "0<=X<200", ">=200", "no checking"))).isNull();
        assertThat(OrderedLevels.valuesOf(List.of("1", "2", "3"))).isNull(); // only numbers: a numeric column's job
        assertThat(OrderedLevels.valuesOf(List.of("10-19", "20-29"))).isNull(); // two levels: one 0/1 feature does
        assertThat(OrderedLevels.valuesOf(List.of("red", "green", "blue"))).isNull();
        assertThat(OrderedLevels.valuesOf(List.of("low", "high", "red"))).isNull();
        assertThat(OrderedLevels.valuesOf(List.of("2024-01-05", "2024-02-01", "2024-03-01"))).isNull();
    }
}

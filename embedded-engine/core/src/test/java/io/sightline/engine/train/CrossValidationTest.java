package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    /** 100 rows, the first 30 of class 1, every third row left out of the search (as if held out). */
    private static final int[] ROWS = IntStream.range(0, 150).filter(i -> i % 3 != 2).toArray();
    private static final int[] CLASSES = Arrays.stream(ROWS).map(r -> r < 45 ? 1 : 0).toArray();

    @Test
    void foldsPartitionTheRowsAndKeepClassProportions() {
        List<CrossValidation.Fold> folds = CrossValidation.folds(ROWS, CLASSES, 5, 42L);
        assertThat(folds).hasSize(5);
        int[] validation = folds.stream().flatMapToInt(f -> Arrays.stream(f.validation())).sorted().toArray();
        assertThat(validation).containsExactly(ROWS);
        for (CrossValidation.Fold fold : folds) {
            assertThat(fold.validation()).hasSize(20);
            assertThat(fold.train()).hasSize(80).doesNotContain(fold.validation());
            assertThat(Arrays.stream(fold.validation()).filter(r -> r < 45).count()).isEqualTo(6);
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        List<CrossValidation.Fold> a = CrossValidation.folds(ROWS, CLASSES, 5, 42L);
        List<CrossValidation.Fold> b = CrossValidation.folds(ROWS, CLASSES, 5, 42L);
        List<CrossValidation.Fold> c = CrossValidation.folds(ROWS, CLASSES, 5, 43L);
        assertThat(a.get(0).validation()).containsExactly(b.get(0).validation());
        assertThat(a.get(0).validation()).isNotEqualTo(c.get(0).validation());
    }

    @Test
    void holdoutTakesTheShareOfEveryClass() {
        CrossValidation.Fold split = CrossValidation.holdout(ROWS, CLASSES, 0.2, 1L);
        assertThat(split.validation()).hasSize(20);
        assertThat(split.train()).hasSize(80);
        assertThat(Arrays.stream(split.validation()).filter(r -> r < 45).count()).isEqualTo(6);
        int[] both = IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())).sorted().toArray();
        assertThat(both).containsExactly(ROWS);
    }

    @Test
    void plainFoldsWithoutStrata() {
        List<CrossValidation.Fold> folds = CrossValidation.folds(ROWS, null, 3, 5L);
        assertThat(folds).extracting(f -> f.validation().length).containsExactly(34, 33, 33);
    }
}

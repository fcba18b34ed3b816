package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory limit on training is said before training starts, in the words readTable uses to refuse. */
class TrainingSizeLimitTest {

    private final CsvImporter importer = new CsvImporter(new ImportLimits(1_000_000, 8 << 20));

    @Test
    void aFileWithinTheLimitIsFine() {
        assertThat(importer.tooLargeToTrain(999_999)).isEmpty();
        assertThat(importer.tooLargeToTrain(1_000_000)).isEmpty();
    }

    @Test
    void aLargerFileIsRefusedWithWhatToDo() {
        assertThat(importer.tooLargeToTrain(5_000_000)).hasValueSatisfying(message -> assertThat(message)
                .contains("training can use files up to").contains("-Xmx").contains("sample"));
    }
}

package io.sightline.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesMayReadLikePhrasesInAnyScript() {
        assertThat(Names.requireName("dataset", "  credit-g (2024)  ")).isEqualTo("credit-g (2024)");
        assertThat(Names.requireName("alert rule", "seller-risk: amount drift")).isEqualTo("seller-risk: amount drift");
        assertThat(Names.requireName("dataset", "Données clients")).isEqualTo("Données clients");
        assertThat(Names.requireName("dataset", "_train")).isEqualTo("_train");
    }

    @Test
    void namesThatPointIntoFoldersOrSayNothingAreRefused() {
        for (String bad : new String[] {"../../etc/passwd", "a\\b", "..", "-", "tab\there", "x".repeat(256)}) {
            assertThatThrownBy(() -> Names.requireName("dataset", bad)).as(bad)
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                    .hasMessageStartingWith("A dataset name is 1 to 255 characters");
        }
        assertThatThrownBy(() -> Names.requireName("strategy", "  ")).hasMessage("Give the strategy a name.");
    }

    @Test
    void identifiersStandInUrls() {
        assertThat(Names.requireIdentifier("deployment", "iris-live.v2")).isEqualTo("iris-live.v2");
        assertThatThrownBy(() -> Names.requireIdentifier("deployment", "iris live"))
                .hasMessage("A deployment name is 1 to 64 letters, digits, dots, dashes or underscores, starting with"
                        + " a letter or digit (got 'iris live').");
    }
}

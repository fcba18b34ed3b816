package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;

/** Asserts that a call is refused as invalid input with a given plain-language message. */
final class InvalidInput {
    private InvalidInput() {
    }

    static void assertRefused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.getMessage()).contains(message);
        });
    }
}

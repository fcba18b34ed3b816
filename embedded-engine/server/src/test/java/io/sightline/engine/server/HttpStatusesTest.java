package io.sightline.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.ErrorBody;
import io.sightline.engine.wire.HttpStatuses;
import org.junit.jupiter.api.Test;

class HttpStatusesTest {

    @Test
    void everyCodeTravelsWithItsStatusAndComesBackTheSame() {
        assertThat(HttpStatuses.of(ErrorCode.INVALID_INPUT)).isEqualTo(400);
        assertThat(HttpStatuses.of(ErrorCode.BAD_FILE)).isEqualTo(400);
        assertThat(HttpStatuses.of(ErrorCode.UNAUTHORIZED)).isEqualTo(401);
        assertThat(HttpStatuses.of(ErrorCode.NOT_FOUND)).isEqualTo(404);
        assertThat(HttpStatuses.of(ErrorCode.ALREADY_EXISTS)).isEqualTo(409);
        assertThat(HttpStatuses.of(ErrorCode.CONFLICT)).isEqualTo(409);
        assertThat(HttpStatuses.of(ErrorCode.UNAVAILABLE)).isEqualTo(503);
        assertThat(HttpStatuses.of(ErrorCode.INTERNAL)).isEqualTo(500);
        for (ErrorCode code : ErrorCode.values()) {
            PlatformException rebuilt = ErrorBody.of(new PlatformException(code, "words")).toException();
            assertThat(rebuilt.code()).isEqualTo(code);
            assertThat(rebuilt.getMessage()).isEqualTo("words");
        }
        PlatformException badFile = ErrorBody.of(new BadFileException(19, "Line 19 is short")).toException();
        assertThat(badFile).isInstanceOfSatisfying(BadFileException.class, e -> assertThat(e.line()).isEqualTo(19));
        assertThat(HttpStatuses.codeOf(502)).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(HttpStatuses.codeOf(418)).isEqualTo(ErrorCode.INTERNAL);
    }
}

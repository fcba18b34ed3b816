package io.sightline.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {

    @TempDir
    Path directory;

    @Test
    void bytesAreNamedByTheirSha256AndReadBackIdentically() {
        ArtifactStore store = new ArtifactStore(directory, ".bin");
        byte[] bytes = "model bytes".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);
        assertThat(sha).isEqualTo(ArtifactStore.sha256(bytes)).hasSize(64);
        assertThat(store.pathOf(sha)).exists().hasFileName(sha + ".bin");
        assertThat(store.get(sha)).isEqualTo(bytes);
        assertThat(store.put(bytes)).isEqualTo(sha);
        try (var files = Files.list(directory)) {
            assertThat(files.count()).as("no temporary files left behind").isEqualTo(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedFileIsRefusedRatherThanServed() throws IOException {
        ArtifactStore store = new ArtifactStore(directory, ".bin");
        String sha = store.put(new byte[] {1, 2, 3});
        Files.write(store.pathOf(sha), new byte[] {1, 2, 4});
        assertThatThrownBy(() -> store.get(sha)).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(e.getMessage()).contains("damaged");
        });
    }

    @Test
    void aMissingFileIsNotFound() {
        ArtifactStore store = new ArtifactStore(directory, ".bin");
        assertThatThrownBy(() -> store.get("0".repeat(64))).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void theHashIsTheStandardSha256() {
        assertThat(ArtifactStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

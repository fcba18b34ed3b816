package io.sightline.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Files stored by one node and fetched by another through the database they share. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseArtifactsTest {
    private Database database;
    private Path directory;
    private ArtifactStore nodeA;
    private ArtifactStore nodeB;

    @BeforeAll
    void openDatabase(@TempDir Path shared) {
        database = Database.h2File(shared);
    }

    /** Two nodes with empty folders of their own, and nothing shared yet. */
    @BeforeEach
    void openNodes(@TempDir Path directory) {
        database.inTransaction(c -> Sql.update(c, "DELETE FROM shared_artifact_chunk")
                + Sql.update(c, "DELETE FROM shared_artifact"));
        nodeA = new ArtifactStore(directory.resolve("a"), ".csv", new DatabaseArtifacts(database, "datasets"));
        nodeB = new ArtifactStore(directory.resolve("b"), ".csv", new DatabaseArtifacts(database, "datasets"));
        this.directory = directory;
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private int count(String table) {
        return database.read(c -> Sql.one(c, "SELECT COUNT(*) AS n FROM " + table, row -> row.getInt("n"))).orElseThrow();
    }

    @Test
    void aFileStoredOnOneNodeIsFetchedWholeByAnotherInChunks() throws IOException {
        byte[] bytes = randomBytes(DatabaseArtifacts.CHUNK_BYTES * 2 + 12_345);
        Path source = Files.write(directory.resolve("upload.csv"), bytes);
        String sha = ArtifactStore.sha256(bytes);

        nodeA.putFile(source, sha);
        assertThat(nodeB.pathOf(sha)).doesNotExist();

        assertThat(nodeB.get(sha)).isEqualTo(bytes);
        assertThat(nodeB.pathOf(sha)).exists();
        assertThat(count("shared_artifact_chunk")).isEqualTo(3);
    }

    @Test
    void storingTheSameBytesAgainKeepsOneSharedCopy() {
        byte[] bytes = randomBytes(1_000);
        String sha = nodeA.put(bytes);

        assertThat(nodeB.put(bytes)).isEqualTo(sha);
        assertThat(nodeA.put(bytes)).isEqualTo(sha);

        assertThat(count("shared_artifact")).isEqualTo(1);
        assertThat(count("shared_artifact_chunk")).isEqualTo(1);
    }

    @Test
    void aFileNoNodeStoredIsMissingInPlainWords() {
        String sha = "a".repeat(64);

        assertThat(nodeB.fetch(sha)).doesNotExist();
        assertThatThrownBy(() -> nodeB.get(sha)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aDamagedSharedCopyIsRefusedAndNotCached() {
        byte[] bytes = randomBytes(2_000);
        String sha = nodeA.put(bytes);
        database.inTransaction(c -> Sql.update(c, "UPDATE shared_artifact_chunk SET bytes = ? WHERE sha256 = ?",
                randomBytes(1_999), sha));

        assertThatThrownBy(() -> nodeB.get(sha)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e).hasMessageContaining("damaged"));
        assertThat(nodeB.pathOf(sha)).doesNotExist();
        assertThat(nodeA.get(sha)).isEqualTo(bytes);
    }

    @Test
    void deletingRemovesTheSharedCopyToo() {
        String sha = nodeA.put(randomBytes(500));

        nodeA.delete(sha);

        assertThat(count("shared_artifact")).isZero();
        assertThat(count("shared_artifact_chunk")).isZero();
        assertThat(nodeB.fetch(sha)).doesNotExist();
    }
}

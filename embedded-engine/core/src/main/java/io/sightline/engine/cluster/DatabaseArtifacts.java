package io.sightline.engine.cluster;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.registry.ArtifactMirror;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The files of an artifact store kept in the database that every node shares, in chunks of 4 MB so that
 * neither side ever holds a whole dataset in memory. A file's header row and all its chunks are written in
 * one transaction: another node sees all of a file or none of it.
 */
public final class DatabaseArtifacts implements ArtifactMirror {
    static final int CHUNK_BYTES = 4 << 20;

    private final Database database;
    private final String store;

    /** The files of the store called {@code store} ("datasets", "models") in {@code database}. */
    public DatabaseArtifacts(Database database, String store) {
        this.database = database;
        this.store = store;
    }

    @Override
    public void upload(String sha256, Path file) {
        if (exists(sha256)) {
            return;
        }
        try {
            database.inTransaction(c -> {
                write(c, sha256, file);
                return null;
            });
        } catch (PlatformException e) {
            // Another node stored the same bytes at the same moment: theirs are as good as ours.
            if (!exists(sha256)) {
                throw e;
            }
        }
    }

    private void write(Connection connection, String sha256, Path file) throws SQLException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            int chunks = chunksFor(size);
            Sql.update(connection, "INSERT INTO shared_artifact (store, sha256, size_bytes, chunks, stored_at)"
                    + " VALUES (?, ?, ?, ?, ?)", store, sha256, size, chunks, Timestamps.now());
            for (int seq = 0; seq < chunks; seq++) {
                byte[] chunk = in.readNBytes(CHUNK_BYTES);
                Sql.update(connection, "INSERT INTO shared_artifact_chunk (store, sha256, seq, bytes) VALUES (?, ?, ?, ?)",
                        store, sha256, seq, chunk);
            }
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not read " + file + " to share it with the"
                    + " other nodes: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean download(String sha256, Path target) {
        Integer chunks = database.read(c -> Sql.one(c, "SELECT chunks FROM shared_artifact WHERE store = ? AND sha256 = ?",
                row -> row.getInt("chunks"), store, sha256).orElse(null));
        if (chunks == null) {
            return false;
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int seq = 0; seq < chunks; seq++) {
                out.write(chunk(sha256, seq));
            }
            return true;
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not write the shared file " + sha256 + " to "
                    + target + ": " + e.getMessage(), e);
        }
    }

    private byte[] chunk(String sha256, int seq) {
        return database.read(c -> Sql.one(c, "SELECT bytes FROM shared_artifact_chunk WHERE store = ? AND sha256 = ?"
                + " AND seq = ?", row -> row.getBytes("bytes"), store, sha256, seq))
                .orElseThrow(() -> new PlatformException(ErrorCode.INTERNAL, "Part " + (seq + 1) + " of the shared"
                        + " file " + sha256 + " is missing from the database; restore it from a backup."));
    }

    @Override
    public void delete(String sha256) {
        database.inTransaction(c -> {
            Sql.update(c, "DELETE FROM shared_artifact_chunk WHERE store = ? AND sha256 = ?", store, sha256);
            return Sql.update(c, "DELETE FROM shared_artifact WHERE store = ? AND sha256 = ?", store, sha256);
        });
    }

    private boolean exists(String sha256) {
        return database.read(c -> Sql.one(c, "SELECT 1 AS found FROM shared_artifact WHERE store = ? AND sha256 = ?",
                row -> true, store, sha256)).isPresent();
    }

    private static int chunksFor(long bytes) {
        return (int) ((bytes + CHUNK_BYTES - 1) / CHUNK_BYTES);
    }
}

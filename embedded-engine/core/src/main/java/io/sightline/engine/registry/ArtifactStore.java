package io.sightline.engine.registry;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files named by the SHA-256 of their bytes. A file is written to a temporary name, forced to disk and moved
 * into place atomically, so a crash never leaves a half-written artifact under a real name; reading checks
 * the hash, so a damaged file is refused rather than served. With an {@link ArtifactMirror}, every file stored
 * is also kept there, and a file missing from the folder is fetched from there when it is read: the folder is
 * then this node's cache of the files all nodes share.
 */
public final class ArtifactStore {
    private final Path directory;
    private final String suffix;
    private final ArtifactMirror mirror;

    public ArtifactStore(Path directory, String suffix) {
        this(directory, suffix, ArtifactMirror.NONE);
    }

    public ArtifactStore(Path directory, String suffix, ArtifactMirror mirror) {
        this.directory = directory;
        this.suffix = suffix;
        this.mirror = mirror;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Cannot create the folder " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Stores {@code bytes} and returns their SHA-256. */
    public String put(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        try {
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(directory, "incoming-", ".tmp");
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(bytes));
                    channel.force(true);
                }
                moveIntoPlace(temporary, target);
            }
            mirror.upload(sha, target);
            return sha;
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not save a file in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stores the file at {@code source} under the given SHA-256 (already computed by the caller). */
    public Path putFile(Path source, String sha) {
        Path target = pathOf(sha);
        try {
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(directory, "incoming-", ".tmp");
                Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                moveIntoPlace(temporary, target);
            }
            mirror.upload(sha, target);
            return target;
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not copy " + source + " into " + directory
                    + ": " + e.getMessage(), e);
        }
    }

    public byte[] get(String sha) {
        Path path = fetch(sha);
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (!sha256(bytes).equals(sha)) {
                throw new PlatformException(ErrorCode.INTERNAL, "The stored file " + path
                        + " is damaged (its SHA-256 no longer matches); restore it from a backup.");
            }
            return bytes;
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "The stored file " + path + " is missing.", e);
        }
    }

    /** Where the file with this SHA-256 is, or would be, in the local folder. */
    public Path pathOf(String sha) {
        return directory.resolve(sha + suffix);
    }

    /**
     * The local file with this SHA-256, first copied from the mirror when the folder does not have it (another
     * node stored it). The copy is checked against its hash before it takes its real name.
     */
    public Path fetch(String sha) {
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return target;
        }
        try {
            Path temporary = Files.createTempFile(directory, "fetching-", ".tmp");
            try {
                if (!mirror.download(sha, temporary)) {
                    return target;
                }
                String actual = sha256(temporary);
                if (!actual.equals(sha)) {
                    throw new PlatformException(ErrorCode.INTERNAL, "The shared copy of " + sha + suffix
                            + " is damaged (its SHA-256 is " + actual + "); restore it from a backup.");
                }
                moveIntoPlace(temporary, target);
                return target;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not fetch " + sha + suffix + " into "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    public void delete(String sha) {
        try {
            Files.deleteIfExists(pathOf(sha));
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not delete " + pathOf(sha), e);
        }
        mirror.delete(sha);
    }

    /** The SHA-256 of a file's bytes, read in a stream. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

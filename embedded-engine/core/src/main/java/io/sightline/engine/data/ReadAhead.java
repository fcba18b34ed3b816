package io.sightline.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A file read ahead by a background thread in 1 MB chunks, which it also hashes with SHA-256: on a machine
 * with two cores the parsing thread then spends no time on either. At most four chunks are in flight.
 */
final class ReadAhead extends InputStream {
    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS = 4;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private volatile IOException failure;
    private volatile byte[] digest;
    private Chunk current;
    private int offset;
    private boolean ended;

    /** Opens {@code file} (failing here if it cannot be) and starts reading it. */
    ReadAhead(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        for (int i = 0; i < CHUNKS; i++) {
            free.add(new byte[CHUNK]);
        }
        reader = Thread.ofPlatform().daemon().name("csv-read-ahead").start(() -> readAll(in));
    }

    private void readAll(InputStream in) {
        MessageDigest sha256 = sha256();
        try (in) {
            while (true) {
                byte[] bytes = free.take();
                int n = in.readNBytes(bytes, 0, CHUNK);
                if (n > 0) {
                    sha256.update(bytes, 0, n);
                    filled.put(new Chunk(bytes, n));
                }
                if (n < CHUNK) {
                    digest = sha256.digest();
                    filled.put(END);
                    return;
                }
            }
        } catch (InterruptedException | InterruptedIOException e) {
            // closed before the end: nobody waits for more
        } catch (IOException e) {
            failure = e;
            filled.offer(END);
        }
    }

    @Override
    public int read(byte[] into, int at, int length) throws IOException {
        if (ended) {
            return -1;
        }
        if (current == null || offset == current.length()) {
            if (current != null) {
                free.add(current.bytes());
            }
            current = next();
            offset = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
        }
        int n = Math.min(length, current.length() - offset);
        System.arraycopy(current.bytes(), offset, into, at, n);
        offset += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /** The SHA-256 of the whole file; only once {@link #read} has returned -1. */
    byte[] sha256Digest() {
        if (!ended || digest == null) {
            throw new IllegalStateException("The file has not been read to its end");
        }
        return digest.clone();
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Chunk next() throws IOException {
        try {
            return filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code sightline serve} listens.
 *
 * @param bind                      the address to listen on
 * @param port                      the port; 0 picks a free one
 * @param keyStore                  a PKCS#12 or JKS key store to serve HTTPS with, or null for plain HTTP
 * @param keyStorePasswordVariable  the environment variable holding the key store's password (read by the
 *                                  command line, never kept here)
 * @param heartbeat                 how often the event stream sends a heartbeat
 * @param stopTimeout               how long a stop waits for requests already being answered
 * @param maxUploadBytes            the largest file (dataset, model, CSV to score) a request may upload
 */
public record ServerConfig(String bind, int port, Path keyStore, String keyStorePasswordVariable,
                           Duration heartbeat, Duration stopTimeout, long maxUploadBytes) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(20);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

    public ServerConfig {
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind;
        if (port < 0 || port > 65_535) {
            throw PlatformException.invalid("A port is a number from 0 to 65535 (got " + port + ").");
        }
        heartbeat = heartbeat == null ? DEFAULT_HEARTBEAT : heartbeat;
        stopTimeout = stopTimeout == null ? DEFAULT_STOP_TIMEOUT : stopTimeout;
        Durations.requirePositive(heartbeat, "The heartbeat interval");
        Durations.requireNotNegative(stopTimeout, "The stop timeout");
        if (maxUploadBytes < 0) {
            throw PlatformException.invalid("The upload limit cannot be negative (got " + maxUploadBytes + ").");
        }
        maxUploadBytes = maxUploadBytes == 0 ? DEFAULT_MAX_UPLOAD_BYTES : maxUploadBytes;
    }

    /** The default upload limit. */
    public ServerConfig(String bind, int port, Path keyStore, String keyStorePasswordVariable, Duration heartbeat,
                        Duration stopTimeout) {
        this(bind, port, keyStore, keyStorePasswordVariable, heartbeat, stopTimeout, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, null, null, DEFAULT_HEARTBEAT, DEFAULT_STOP_TIMEOUT);
    }
}

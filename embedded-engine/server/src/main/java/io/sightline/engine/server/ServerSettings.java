package io.sightline.engine.server;

import io.sightline.engine.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server listens: the address and port (0 picks a free one), TLS when a key store is given, how often
 * the event stream sends a heartbeat, how long a stop waits for requests already being answered, and how large
 * a JSON body and an uploaded file may be (see {@link RequestLimits}).
 */
public record ServerSettings(String bind, int port, Tls tls, Duration heartbeat, Duration stopTimeout,
                             long maxJsonBytes, long maxUploadBytes) {
    public static final Duration DEFAULT_HEARTBEAT = ServerConfig.DEFAULT_HEARTBEAT;
    public static final Duration DEFAULT_STOP_TIMEOUT = ServerConfig.DEFAULT_STOP_TIMEOUT;

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("A port is a number from 0 to 65535 (got " + port + ").");
        }
        bind = bind == null || bind.isBlank() ? ServerConfig.DEFAULT_BIND : bind;
        heartbeat = heartbeat == null ? DEFAULT_HEARTBEAT : heartbeat;
        stopTimeout = stopTimeout == null ? DEFAULT_STOP_TIMEOUT : stopTimeout;
        maxJsonBytes = maxJsonBytes <= 0 ? RequestLimits.DEFAULT_JSON_BYTES : maxJsonBytes;
        maxUploadBytes = maxUploadBytes <= 0 ? RequestLimits.DEFAULT_UPLOAD_BYTES : maxUploadBytes;
    }

    /** The default body limits. */
    public ServerSettings(String bind, int port, Tls tls, Duration heartbeat, Duration stopTimeout) {
        this(bind, port, tls, heartbeat, stopTimeout, 0, 0);
    }

    /** Plain HTTP on loopback, a free port, default heartbeat and stop timeout: for tests and tools. */
    public static ServerSettings loopback() {
        return new ServerSettings("127.0.0.1", 0, null, null, null);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, tls, heartbeat, stopTimeout, maxJsonBytes, maxUploadBytes);
    }

    public ServerSettings withTls(Tls newTls) {
        return new ServerSettings(bind, port, newTls, heartbeat, stopTimeout, maxJsonBytes, maxUploadBytes);
    }

    public ServerSettings withHeartbeat(Duration newHeartbeat) {
        return new ServerSettings(bind, port, tls, newHeartbeat, stopTimeout, maxJsonBytes, maxUploadBytes);
    }

    /** At most {@code jsonBytes} in a JSON body and {@code uploadBytes} in an uploaded file. */
    public ServerSettings withBodyLimits(long jsonBytes, long uploadBytes) {
        return new ServerSettings(bind, port, tls, heartbeat, stopTimeout, jsonBytes, uploadBytes);
    }

    /** A PKCS#12 or JKS key store holding the server's certificate and key. */
    public record Tls(Path keyStore, String password) {
        /** Never the password. */
        @Override
        public String toString() {
            return "Tls[keyStore=" + keyStore + "]";
        }
    }
}

package io.sightline.engine.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.api.PlatformApi;
import io.sightline.engine.server.events.EventStream;
import io.sightline.engine.server.metrics.HttpMetrics;
import io.sightline.engine.server.metrics.PredictionMetrics;
import io.sightline.engine.server.metrics.TrainingMetrics;
import io.sightline.engine.server.openapi.Documented;
import io.sightline.engine.wire.Wire;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform over HTTP: the platform API under {@code /api/v1} with its OpenAPI document, live events,
 * Prometheus {@code /metrics}, bearer-token authentication on everything but the health probes, and any
 * further route groups (Open Inference Protocol, MLflow) handed the same meter registry. The server owns the
 * platform it is given: {@link #stop()} stops taking requests, lets those in flight finish (bounded by the
 * settings' stop timeout) and then closes the platform, which writes out its prediction log.
 */
public final class PlatformServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformServer.class);
    private static final Set<HandlerType> HTTP_METHODS = EnumSet.of(HandlerType.GET, HandlerType.POST,
            HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Platform platform;
    private final Authenticator authenticator;
    private final ServerSettings settings;
    private final PrometheusMeterRegistry registry;
    private final TrainingMetrics trainingMetrics;
    private final EventStream events;
    private final PlatformApi api;
    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
    private final Javalin app;
    /** The route groups mounted besides the platform API, closed with the server when they hold resources. */
    private final List<RouteGroup> groups = new ArrayList<>();
    private volatile boolean stopped;

    /** A route Javalin registered: its method and path template. */
    public record Route(String method, String path) {
    }

    private PlatformServer(Builder builder) {
        this.platform = builder.platform;
        this.authenticator = builder.authenticator;
        this.settings = builder.settings;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.trainingMetrics = new TrainingMetrics(registry, platform, platform);
        this.events = new EventStream(platform, settings.heartbeat(), registry);
        this.api = new PlatformApi(platform, trainingMetrics, new PredictionMetrics(registry), events,
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        this.app = Javalin.create(this::configure);
        app.before(new SecurityHeaders(settings.tls() != null));
        app.before(new RequestLimits(settings.maxJsonBytes(), settings.maxUploadBytes()));
        app.before(new BearerAuth(authenticator));
        app.before(AuditCaller::enter);
        app.after(AuditCaller::leave);
        ErrorResponses.install(app);
        // Javalin tries a request's path against the routes in the order they were added, one regular expression
        // each: the groups (inference first) go before the platform API's hundred routes, which are not hot.
        for (Function<MeterRegistry, RouteGroup> factory : builder.groups) {
            RouteGroup group = factory.apply(registry);
            groups.add(group);
            group.mount(app);
            if (group instanceof Documented documented) {
                api.document(documented.endpoints());
            }
        }
        api.mount(app);
    }

    public static Builder builder(Platform platform, Authenticator authenticator) {
        return new Builder(platform, authenticator);
    }

    private void configure(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.useVirtualThreads = true;
        config.jsonMapper(new JavalinJackson(Wire.MAPPER, true));
        config.jetty.defaultHost = settings.bind();
        config.jetty.defaultPort = settings.port();
        config.http.maxRequestSize = settings.maxJsonBytes();
        config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        // Jetty keeps the header fields a connection sent, to reuse them; by default it matches a new field
        // against them ignoring case, so a token differing from an earlier one on the same connection only in
        // case was read as that earlier token. Bearer tokens are case-sensitive.
        config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
        config.jetty.modifyServer(server -> {
            // Counting requests in flight is what lets a stop wait for them.
            server.setHandler(new StatisticsHandler());
            server.setStopTimeout(settings.stopTimeout().toMillis());
        });
        if (settings.tls() != null) {
            config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, settings));
        }
        config.requestLogger.http(new HttpMetrics(registry));
        config.events.handlerAdded(meta -> {
            if (HTTP_METHODS.contains(meta.getHttpMethod())) {
                routes.add(new Route(meta.getHttpMethod().name(), meta.getPath()));
            }
        });
    }

    /**
     * Opens the port. When that fails (the port is taken, the key store cannot be read) everything is closed
     * again, the platform included, and the reason is given in plain words.
     */
    public PlatformServer start() {
        try {
            requireFreePort();
            app.start();
        } catch (Exception e) { // Javalin also throws checked exceptions it does not declare
            PlatformException failure = startFailure(e);
            stop();
            throw failure;
        }
        LOG.info("Sightline serves {} on {}", platform.info().location(), url());
        return this;
    }

    /** Javalin reports a taken port only as a failed stop afterwards; asking first gives the plain reason. */
    private void requireFreePort() throws IOException {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(settings.bind(), settings.port()));
        }
    }

    private PlatformException startFailure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlatformException refused) {
                return refused;
            }
            if (cause instanceof java.net.BindException) {
                return new PlatformException(ErrorCode.UNAVAILABLE, "Port " + settings.port() + " on "
                        + settings.bind() + " is in use or not allowed. Choose another with --port, or stop what uses it.", e);
            }
        }
        return new PlatformException(ErrorCode.UNAVAILABLE, "The server could not start: " + rootMessage(e)
                + ". Check the address, port and key store.", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public int port() {
        return app.port();
    }

    /** Where clients reach the server, e.g. {@code http://127.0.0.1:8080}. */
    public URI url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        if ("0.0.0.0".equals(host)) {
            host = "127.0.0.1";
        }
        return URI.create((settings.tls() == null ? "http" : "https") + "://" + host + ":" + port());
    }

    /** The registry route groups record into and {@code /metrics} shows. */
    public MeterRegistry meterRegistry() {
        return registry;
    }

    /** Every HTTP route Javalin registered, as it registered them. */
    public List<Route> registeredRoutes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }

    public PlatformApi api() {
        return api;
    }

    /** How many clients are connected to the event stream now. */
    public int eventClients() {
        return events.clients();
    }

    /**
     * Stops taking requests, waits for those in flight (up to the stop timeout), then closes the platform.
     * Event streams are ended first: their clients reconnect elsewhere or later with their last id.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        events.close();
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty refuses to stop what never started; the platform must be closed all the same.
            LOG.debug("The HTTP server did not stop cleanly", e);
        }
        for (RouteGroup group : groups) {
            if (group instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.debug("A route group did not close cleanly", e);
                }
            }
        }
        trainingMetrics.close();
        authenticator.close();
        platform.close();
        registry.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** What the server is made of; {@link #build()} makes it, {@link PlatformServer#start()} opens it. */
    public static final class Builder {
        private final Platform platform;
        private final Authenticator authenticator;
        private ServerSettings settings = ServerSettings.loopback();
        private final List<Function<MeterRegistry, RouteGroup>> groups = new ArrayList<>();

        private Builder(Platform platform, Authenticator authenticator) {
            this.platform = platform;
            this.authenticator = authenticator;
        }

        public Builder settings(ServerSettings newSettings) {
            this.settings = newSettings;
            return this;
        }

        /**
         * A further route group, made with the server's meter registry; when it is {@link Documented}, its
         * routes join the OpenAPI document.
         */
        public Builder routes(Function<MeterRegistry, RouteGroup> group) {
            groups.add(group);
            return this;
        }

        public PlatformServer build() {
            return new PlatformServer(this);
        }
    }
}

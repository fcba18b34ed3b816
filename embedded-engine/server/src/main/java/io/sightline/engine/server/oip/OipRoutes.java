package io.sightline.engine.server.oip;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.wire.HttpStatuses;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformStatus;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.Registry;
import io.sightline.engine.server.RequestLimits;
import io.sightline.engine.server.RouteGroup;
import io.sightline.engine.server.oip.InferenceMetrics.Outcome;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Open Inference Protocol v2 over REST (KServe's {@code inference_rest}): server health and metadata, and per
 * deployment its metadata, readiness and inference. The protocol's model name is the deployment's name and its
 * version the model version the deployment serves. Every failure answers {@code {"error": "..."}}: 400 for a
 * request the model cannot take, 404 for a model or version that is not served, 413 for a request too large.
 */
public final class OipRoutes implements RouteGroup, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OipRoutes.class);
    private static final String MODEL = "/v2/models/{name}";
    private static final String MODEL_VERSION = MODEL + "/versions/{version}";
    private static final String JSON = "application/json";
    private static final String SERVER_NAME = "sightline";
    /** The largest infer request read by default: about 50,000 rows of 30 numbers. */
    static final int MAX_REQUEST_BYTES = 16 << 20;

    private final PlatformStatus status;
    private final Predictions predictions;
    private final Releases releases;
    private final ServedEndpoints endpoints;
    private final InferenceMetrics metrics;
    private final InferenceRequestReader reader;
    private final InferenceResponseWriter writer;
    private final long maxRequestBytes;

    /** The routes over the facets they use: status, deployments, the registry, predictions, releases and events. */
    public <P extends PlatformStatus & Deployments & Registry & Predictions & Releases & Events> OipRoutes(P platform,
            MeterRegistry registry) {
        this(platform, registry, MAX_REQUEST_BYTES);
    }

    /** Routes that refuse infer requests larger than {@code maxRequestBytes} with 413. */
    <P extends PlatformStatus & Deployments & Registry & Predictions & Releases & Events> OipRoutes(P platform,
            MeterRegistry registry, long maxRequestBytes) {
        this.status = platform;
        this.predictions = platform;
        this.releases = platform;
        this.maxRequestBytes = maxRequestBytes;
        this.endpoints = new ServedEndpoints(platform, platform, platform);
        this.metrics = new InferenceMetrics(registry);
        // Buffers are pooled across threads: with virtual threads, per-thread buffers would never be reused.
        // The server's streams are read and written in place and left to the server to close.
        JsonFactory json = JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(maxRequestBytes).build())
                .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                .build();
        this.reader = new InferenceRequestReader(json);
        this.writer = new InferenceResponseWriter(json);
    }

    @Override
    public void mount(Javalin app) {
        app.get("/v2", this::serverMetadata);
        app.get("/v2/health/live", this::live);
        app.get("/v2/health/ready", this::ready);
        app.get(MODEL, this::modelMetadata);
        app.get(MODEL_VERSION, this::modelMetadata);
        app.get(MODEL + "/ready", this::modelReady);
        app.get(MODEL_VERSION + "/ready", this::modelReady);
        app.post(MODEL + "/infer", this::infer);
        app.post(MODEL_VERSION + "/infer", this::infer);
    }

    private void serverMetadata(Context ctx) {
        send(ctx, 200, new ResponseBodies.ServerMetadata(SERVER_NAME, status.info().version(), List.of()));
    }

    private void live(Context ctx) {
        send(ctx, 200, new ResponseBodies.Live(true));
    }

    /** Ready while the platform's storage answers; 503 otherwise, so that a readiness probe takes it out. */
    private void ready(Context ctx) {
        boolean ready;
        try {
            ready = status.health().status() != HealthStatus.RED;
        } catch (RuntimeException e) {
            LOG.warn("Health check failed", e);
            ready = false;
        }
        send(ctx, ready ? 200 : 503, new ResponseBodies.Ready(ready));
    }

    private void modelMetadata(Context ctx) {
        answer(ctx, () -> ResponseBodies.ModelMetadata.of(endpoint(ctx)));
    }

    private void modelReady(Context ctx) {
        try {
            InferenceModel endpoint = endpoint(ctx);
            boolean ready = endpoint.state() == DeploymentState.LIVE;
            send(ctx, ready ? 200 : 503, new ResponseBodies.ModelReady(endpoint.name(), ready));
        } catch (PlatformException e) {
            fail(ctx, HttpStatuses.of(e.code()), e.getMessage());
        }
    }

    private void infer(Context ctx) {
        long start = System.nanoTime();
        String deployment = InferenceMetrics.UNKNOWN;
        Outcome outcome = Outcome.ERROR;
        try {
            String name = ctx.pathParam("name");
            endpoints.get(name);
            deployment = name; // it exists: count under its name from here on
            infer(ctx, endpoint(ctx), ctx.pathParamMap().get("version"));
            outcome = Outcome.OK;
        } catch (StreamConstraintsException e) {
            outcome = Outcome.BAD_REQUEST;
            fail(ctx, 413, "The request is larger than " + (maxRequestBytes >= 1 << 20 ? (maxRequestBytes >> 20) + " MB"
                    : maxRequestBytes + " bytes") + ": send its rows in several requests.");
        } catch (PlatformException e) {
            outcome = e.code() == ErrorCode.NOT_FOUND ? Outcome.NOT_FOUND
                    : HttpStatuses.of(e.code()) == 400 ? Outcome.BAD_REQUEST : Outcome.ERROR;
            fail(ctx, HttpStatuses.of(e.code()), e.getMessage());
        } catch (JsonProcessingException e) {
            outcome = Outcome.BAD_REQUEST;
            fail(ctx, 400, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("Inference on '{}' failed", ctx.pathParam("name"), e);
            fail(ctx, 500, "Inference failed inside the server (" + e.getClass().getSimpleName() + "); see its log.");
        } finally {
            metrics.record(deployment, outcome, System.nanoTime() - start);
        }
    }

    /**
     * Reads the request from the body as it arrives, scores it and writes the answer straight to the response:
     * everything that can refuse the request happens before the first byte of the answer is written.
     */
    private void infer(Context ctx, InferenceModel endpoint, String version) throws IOException {
        if (ctx.contentLength() > maxRequestBytes) {
            throw new StreamConstraintsException("Content-Length " + ctx.contentLength());
        }
        InferenceRequest request = reader.read(RequestLimits.jsonBody(ctx));
        RowBatch rows = RowBatch.of(request.inputs(), endpoint);
        List<Output> outputs = endpoint.select(request.outputs());
        PredictionResult[] results = rows.score(predictions);
        ModelRef served = results[0].model();
        if (!served.equals(endpoint.model()) && !anotherArm(endpoint, results[0])) {
            // redeployed while this request was on its way: answer with the version that scored it, if asked for none
            endpoints.forget(endpoint.name());
            if (version != null) {
                throw endpoint.notServing(version);
            }
        }
        ctx.status(200).contentType(JSON);
        writer.write(endpoint, served, request.id(), results, outputs, !request.outputs().isEmpty(), ctx.outputStream());
    }

    /**
     * Whether the answer came from another arm of the traffic policy the endpoint's version leads (an A/B test's B,
     * a canary), rather than from a version deployed since: the endpoint still stands.
     */
    private boolean anotherArm(InferenceModel endpoint, PredictionResult answer) {
        TrafficPolicy policy = releases.policy(endpoint.name());
        return policy.primary().version() == endpoint.model().version() && policy.arms().stream()
                .anyMatch(arm -> arm.name().equals(answer.arm()) && arm.version() == answer.model().version());
    }

    private InferenceModel endpoint(Context ctx) {
        return endpoints.get(ctx.pathParam("name"), ctx.pathParamMap().get("version"));
    }

    private void answer(Context ctx, Supplier<Object> body) {
        try {
            send(ctx, 200, body.get());
        } catch (PlatformException e) {
            fail(ctx, HttpStatuses.of(e.code()), e.getMessage());
        }
    }

    private static void fail(Context ctx, int status, String message) {
        send(ctx, status, new ResponseBodies.Failure(message));
    }

    private static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON).result(Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "Could not write the response: " + e.getOriginalMessage(), e);
        }
    }

    /** Stops following deployment changes; the routes answer from what they knew until the server stops. */
    @Override
    public void close() {
        endpoints.close();
    }
}

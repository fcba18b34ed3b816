package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.server.metrics.PredictionMetrics;
import io.sightline.engine.wire.ListPage;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.Wire;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Deployments, single-row predictions, the prediction log and file scoring. */
final class DeploymentHandlers {

    private final Deployments deployments;
    private final Predictions predictions;
    private final PredictionMetrics metrics;

    DeploymentHandlers(Deployments deployments, Predictions predictions, PredictionMetrics metrics) {
        this.deployments = deployments;
        this.predictions = predictions;
        this.metrics = metrics;
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, deployments.deployments()));
    }

    void get(Context ctx) {
        ctx.json(deployments.deployment(ctx.pathParam("name")));
    }

    void deploy(Context ctx) {
        Requests.Deploy request = Bodies.read(ctx, Requests.Deploy.class, "model", "version");
        ctx.json(deployments.deploy(ctx.pathParam("name"), request.model(), request.version()));
    }

    /** The body is the row itself: column name to value, as text or numbers. */
    void predict(Context ctx) {
        Map<String, String> row = Bodies.row(ctx);
        PredictionResult result = predictions.predict(ctx.pathParam("name"), row);
        metrics.predicted(result);
        ctx.json(result);
    }

    /**
     * Newest first. The log is not counted whole, so {@code total} is null and a page shorter than its limit
     * is the last one.
     */
    void recent(Context ctx) {
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        if ((long) offset + limit > ArgumentRules.MAX_RECENT_PREDICTIONS) {
            throw PlatformException.invalid("The log can be read back to its " + ArgumentRules.MAX_RECENT_PREDICTIONS
                    + " newest predictions: keep offset + limit at most " + ArgumentRules.MAX_RECENT_PREDICTIONS + ".");
        }
        List<LoggedPrediction> newest = predictions.recentPredictions(ctx.pathParam("name"), offset + limit);
        List<LoggedPrediction> items = newest.subList(Math.min(offset, newest.size()), newest.size());
        ctx.json(new ListPage<>(items, offset, limit, null));
    }

    /** Scores the uploaded CSV, then streams the scored copy back; the summary travels in headers. */
    void score(Context ctx) throws IOException {
        Upload upload = Upload.receive(ctx);
        try {
            ScoreFileResult result = predictions.scoreFile(ctx.pathParam("name"), upload.file(),
                    upload.sibling("scored.csv"));
            metrics.scored(result);
            ctx.header(Wire.ROWS_HEADER, String.valueOf(result.rows()))
                    .header(Wire.MILLIS_HEADER, String.valueOf(result.millis()))
                    .header(Wire.MODEL_HEADER, result.model().model())
                    .header(Wire.VERSION_HEADER, String.valueOf(result.model().version()))
                    .contentType("text/csv; charset=utf-8")
                    .result(new DeletingStream(Files.newInputStream(upload.sibling("scored.csv")), upload));
        } catch (RuntimeException | IOException e) {
            upload.close();
            throw e;
        }
    }

    /** Deletes the upload's folder once the scored file has been sent. */
    private static final class DeletingStream extends FilterInputStream {
        private final Upload upload;

        DeletingStream(InputStream in, Upload upload) {
            super(in);
            this.upload = upload;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                upload.close();
            }
        }
    }
}

package io.sightline.engine.serve;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.PredictionResult;
import java.util.Map;

/**
 * Which arm of a deployment's traffic policy answers a request, decided on the serving path without asking the
 * database, and what happens once it answered (a shadow scoring the same row).
 */
public interface ArmRouter {

    /** The arm that answers {@code row}; {@code NOT_FOUND} when there is no such deployment. */
    Route route(String deployment, Map<String, String> row);

    /** The route's arm answered {@code row} with {@code result}: mirror it to the shadow if the route has one. */
    void answered(String deployment, Route route, Map<String, String> row, PredictionResult result);

    /**
     * The version that answers, the arm's name and the policy's kind; {@code shadow}, when not null, the version
     * that also scores the row, off the request, under the arm name {@code shadowArm}.
     */
    record Route(ModelRef model, String arm, PolicyKind policy, ModelRef shadow, String shadowArm) {
        public static Route of(ModelRef model, String arm, PolicyKind policy) {
            return new Route(model, arm, policy, null, null);
        }
    }
}

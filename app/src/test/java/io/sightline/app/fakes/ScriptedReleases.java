package io.sightline.app.fakes;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;

/** Releases of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedReleases extends Releases {

    @Override
    default TrafficPolicy policy(String deployment) {
        throw Unscripted.call("Releases", "policy");
    }

    @Override
    default Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        throw Unscripted.call("Releases", "setPolicy");
    }

    @Override
    default Deployment rollback(String deployment, String by, String reason) {
        throw Unscripted.call("Releases", "rollback");
    }

    @Override
    default ReleaseReport release(String deployment, Duration window) {
        throw Unscripted.call("Releases", "release");
    }

    @Override
    default AbTestDesign planAbTest(AbTestPlan plan) {
        throw Unscripted.call("Releases", "planAbTest");
    }
}

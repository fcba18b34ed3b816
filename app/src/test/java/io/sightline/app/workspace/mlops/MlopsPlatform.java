package io.sightline.app.workspace.mlops;

import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.fakes.EventStream;
import io.sightline.app.fakes.ScriptedAlerts;
import io.sightline.app.fakes.ScriptedCapacity;
import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedDeployments;
import io.sightline.app.fakes.ScriptedFlows;
import io.sightline.app.fakes.ScriptedMonitoring;
import io.sightline.app.fakes.ScriptedPredictions;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.app.fakes.ScriptedReleases;
import io.sightline.app.fakes.ScriptedStatus;
import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform for the MLOps workspace's tests: one deployment serving an A/B test of v3 against v2, whose release
 * reports grow with each read, load tests and flows that the test scripts step by step, on the embedded engine; and a
 * record of every change asked for.
 */
class MlopsPlatform extends EventStream implements ScriptedAlerts, ScriptedDatasets, ScriptedDeployments,
        ScriptedMonitoring, ScriptedPredictions, ScriptedRegistry, ScriptedReleases, ScriptedStatus {
    /** A change asked of the platform: what, on which deployment or model, with which argument, by whom and why. */
    /** The error rate the scripted deployment has now, for trying alert rules. */
    static final double ERROR_RATE_NOW = 0.02;

    record Call(String what, String target, Object argument, String by, String reason) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final ScriptedCapacity capacity = new ScriptedCapacity(this);
    final ScriptedFlows flows = new ScriptedFlows(this, MlopsRecords.release(), MlopsRecords.importing());
    final List<AbTestPlan> planned = new CopyOnWriteArrayList<>();
    final List<AlertRule> rules = new CopyOnWriteArrayList<>();
    final AtomicInteger releaseReads = new AtomicInteger();
    volatile TrafficPolicy policy = MlopsRecords.abTest();
    volatile NotificationSettings settings = NotificationSettings.none();

    @Override
    public List<Deployment> deployments() {
        return List.of(MlopsRecords.deployment(3));
    }

    @Override
    public Deployment deployment(String deploymentName) {
        return MlopsRecords.deployment(3);
    }

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        calls.add(new Call("deploy", deploymentName, version, null, null));
        return MlopsRecords.deployment(version);
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        return List.of(MlopsRecords.rollbackChange());
    }

    @Override
    public List<RegisteredModel> models() {
        return List.of(new RegisteredModel(MlopsRecords.MODEL, "Seller risk", 3, MlopsRecords.NOW, MlopsRecords.NOW));
    }

    /** Versions registered after the recorded ones, newest first. */
    final List<ModelVersion> registered = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<ModelVersion> modelVersions(String model) {
        List<ModelVersion> all = new java.util.ArrayList<>(registered);
        all.addAll(MlopsRecords.versions());
        return all;
    }

    /** Files uploaded, in order; each gets the id "uploaded-" and its file name. */
    final List<java.nio.file.Path> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String uploadModelFile(java.nio.file.Path file) {
        uploads.add(file);
        return "uploaded-" + file.getFileName();
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        calls.add(new Call("setStage", model, version + " " + stage, null, null));
        return MlopsRecords.version(version);
    }

    @Override
    public TrafficPolicy policy(String deployment) {
        return policy;
    }

    @Override
    public Deployment setPolicy(String deployment, TrafficPolicy newPolicy, String by, String reason) {
        calls.add(new Call("setPolicy", deployment, newPolicy, by, reason));
        policy = newPolicy;
        return MlopsRecords.deployment(newPolicy.primary().version());
    }

    @Override
    public Deployment rollback(String deployment, String by, String reason) {
        calls.add(new Call("rollback", deployment, null, by, reason));
        return MlopsRecords.deployment(2);
    }

    /** Each read answers more requests than the last, as live traffic would. */
    @Override
    public ReleaseReport release(String deployment, Duration window) {
        int read = releaseReads.incrementAndGet();
        return MlopsRecords.abReport(100L * read, 40L * read);
    }

    @Override
    public AbTestDesign planAbTest(AbTestPlan plan) {
        planned.add(plan);
        return new AbTestDesign(plan, 3_842, 7_684);
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        return MlopsRecords.drift();
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        return MlopsRecords.dataset();
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        return MlopsRecords.predictions();
    }

    @Override
    public List<AlertRule> alertRules() {
        return List.copyOf(rules);
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        if (spec.deployment() == null) {
            throw PlatformException.invalid("Choose the deployment the rule watches.");
        }
        rules.removeIf(r -> r.spec().name().equals(spec.name()));
        AlertRule saved = new AlertRule("rule-" + spec.name(), spec, Instant.EPOCH, Instant.EPOCH);
        rules.add(saved);
        calls.add(new Call("saveAlertRule", spec.deployment(), spec, null, null));
        return saved;
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        rules.removeIf(r -> r.id().equals(ruleId));
        calls.add(new Call("deleteAlertRule", ruleId, null, null, null));
    }

    @Override
    public NotificationSettings notificationSettings() {
        return settings;
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings newSettings) {
        settings = newSettings;
        calls.add(new Call("updateNotificationSettings", null, newSettings, null, null));
        return newSettings;
    }

    @Override
    public RuleTrial tryAlertRule(AlertRuleSpec spec) {
        calls.add(new Call("tryAlertRule", spec.deployment(), spec, null, null));
        boolean fires = ERROR_RATE_NOW > spec.threshold();
        return new RuleTrial(ERROR_RATE_NOW, spec.threshold(), true, fires, "Error rate is " + ERROR_RATE_NOW
                + (fires ? ": the rule would fire now." : ": the rule would not fire now."));
    }

    @Override
    public NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings trial) {
        calls.add(new Call("sendTestNotification", channel.name(), trial, null, null));
        return channel == NotificationChannel.WEBHOOK
                ? new NotificationTrial(channel, true, "Delivered to the webhook.")
                : new NotificationTrial(channel, false, "Not delivered. Could not reach the mail server: connection refused.");
    }

    @Override
    public PlatformInfo info() {
        return new PlatformInfo("embedded", "/tmp/sightline", "test");
    }

    /** This platform with its load tests and flows, as the workspace takes it. */
    ComposedPlatform whole() {
        return ComposedPlatform.of(this, capacity, flows);
    }

    List<Call> calls(String what) {
        return calls.stream().filter(c -> c.what().equals(what)).toList();
    }
}

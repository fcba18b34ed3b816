package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.RouteRule;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.StepState;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import io.sightline.engine.registry.imports.TribuoIris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Platform} must do, whatever is behind it. Subclasses say how to open one; the suite
 * trains one small model (iris) once and checks datasets, runs, registry, deployments, predictions and events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformContract {

    protected Path workDirectory;

    protected Platform platform;
    private DatasetInfo iris;
    private TrainingJob trainedJob;
    private final List<PlatformEvent> seenEvents = Collections.synchronizedList(new ArrayList<>());
    private EventSubscription subscription;
    private int secondIrisVersion;

    /** Opens a fresh platform whose files live under {@code directory}. */
    protected abstract Platform open(Path directory);

    /**
     * The engine's configuration for these tests: the notification receivers they start listen on loopback,
     * which an administrator has to allow as a target.
     */
    public static EngineConfig receiversOnLoopback(Path directory) {
        return EngineConfig.defaults(directory).withAlerts(AlertConfig.defaults().withAllowedTargets(
                List.of("127.0.0.1")));
    }

    @BeforeAll
    void trainOnce(@TempDir Path directory) {
        workDirectory = directory;
        platform = open(workDirectory.resolve("platform"));
        subscription = platform.subscribe(0, seenEvents::add);
        iris = platform.importDataset("iris", SampleData.copyTo(workDirectory, SampleData.IRIS));
        TrainingRequest request = TrainingRequest.of(iris.id(), "class", "iris-species")
                .withBudget(Duration.ofSeconds(60));
        TrainingJob job = platform.startTraining(request);
        trainedJob = platform.awaitTraining(job.id(), Duration.ofMinutes(5));
    }

    @AfterAll
    void closePlatform() {
        subscription.close();
        platform.close();
    }

    @Test
    void importProfilesEveryColumnAndKeepsTheContentHash() throws IOException {
        assertThat(iris.rows()).isEqualTo(150);
        assertThat(iris.columns()).hasSize(5);
        assertThat(iris.defaultTarget()).isEqualTo("class");
        assertThat(iris.sha256()).isEqualTo(io.sightline.engine.registry.ArtifactStore.sha256(
                Files.readAllBytes(workDirectory.resolve(SampleData.IRIS))));
        assertThat(platform.datasets()).extracting(DatasetInfo::id).contains(iris.id());
        assertThat(platform.dataset(iris.id())).isEqualTo(iris);
        assertThat(platform.preview(iris.id(), 3).rows()).hasSize(3);
    }

    @Test
    void aTribuoModelFileIsAssessedRegisteredAndServesItsOwnPredictions() throws IOException {
        TribuoIris original = TribuoIris.train(SampleData.copyTo(workDirectory, SampleData.IRIS));
        Path file = workDirectory.resolve("iris-tribuo.pb");
        original.model().serializeToFile(file);
        Path expected = original.expectedOutputs(workDirectory.resolve("tribuo-expected.csv"), List.of(), false);

        ImportAssessment assessment = platform.importModel(ModelImport.of("iris-tribuo-file", file,
                ModelFormat.TRIBUO, iris.id(), TribuoIris.TARGET).withExpectedOutputs(expected));

        assertThat(assessment.failures()).isEmpty();
        assertThat(assessment.passed()).isTrue();
        assertThat(assessment.registered().algorithm()).isEqualTo("imported Tribuo LinearSGDModel");
        assertThat(assessment.registered().runId()).isNull();
        platform.deploy("iris-tribuo-file", "iris-tribuo-file", assessment.registered().version());
        for (int i = 0; i < original.rows().size(); i += 10) {
            Map<String, String> row = original.rows().get(i);
            assertThat(platform.predict("iris-tribuo-file", row).label()).isEqualTo(original.label(row));
        }
    }

    @Test
    void aModelFileUploadedFirstIsImportedByItsIdAndAnIdNeverUploadedIsNotFound() throws IOException {
        TribuoIris original = TribuoIris.train(SampleData.copyTo(workDirectory, SampleData.IRIS));
        Path file = workDirectory.resolve("iris-uploaded.pb");
        original.model().serializeToFile(file);
        String id = platform.uploadModelFile(file);
        String expected = platform.uploadModelFile(original.expectedOutputs(
                workDirectory.resolve("uploaded-expected.csv"), List.of(), false));

        assertThat(ModelImport.isUploaded(Path.of(id))).isTrue();
        assertThat(platform.uploadModelFile(file)).isEqualTo(id);
        ImportAssessment assessment = platform.importModel(ModelImport.of("iris-uploaded", Path.of(id),
                ModelFormat.TRIBUO, iris.id(), TribuoIris.TARGET).withExpectedOutputs(Path.of(expected)));
        assertThat(assessment.failures()).isEmpty();
        assertThat(assessment.registered().model()).isEqualTo("iris-uploaded");

        Path neverUploaded = Path.of(ModelImport.uploadedId("0".repeat(64)));
        assertThatThrownBy(() -> platform.importModel(ModelImport.of("iris-missing", neverUploaded,
                ModelFormat.TRIBUO, iris.id(), TribuoIris.TARGET))).isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aFileThatIsNotATribuoModelIsRefusedInPlainWords() throws IOException {
        Path notAModel = Files.writeString(workDirectory.resolve("not-a-model.pb"), "sepallength,class\n1,a\n");

        assertThatThrownBy(() -> platform.importModel(ModelImport.of("not-a-model", notAModel, ModelFormat.TRIBUO,
                iris.id(), TribuoIris.TARGET))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("not a Tribuo model file");
        assertThat(platform.models()).noneMatch(m -> m.name().equals("not-a-model"));
    }

    @Test
    void targetAnalysisDetectsTheTask() {
        TargetAnalysis analysis = platform.analyzeTarget(iris.id(), "class", Map.of());
        assertThat(analysis.task()).isEqualTo(Task.MULTICLASS);
        assertThat(analysis.classes()).hasSize(3);
        assertThat(analysis.trainable()).isTrue();
        assertThat(platform.analyzeTarget(iris.id(), "petallength", Map.of()).task()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void aBadFileIsRefusedInPlainWordsAndLeavesNothingBehind() throws IOException {
        int before = platform.datasets().size();
        Path ragged = workDirectory.resolve("ragged.csv");
        StringBuilder text = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(',').append(i).append(i == 17 ? "\n" : ",x\n");
        }
        Files.writeString(ragged, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> platform.importDataset("ragged", ragged))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("19");
        assertThat(platform.datasets()).hasSize(before);
    }

    @Test
    void aNameThatPointsIntoFoldersIsRefusedInPlainWordsAndNothingIsSaved() {
        int before = platform.datasets().size();
        Path file = SampleData.copyTo(workDirectory, SampleData.IRIS);
        assertThatThrownBy(() -> platform.importDataset("../../etc/passwd", file))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("A dataset name is")
                .hasMessageContaining("without slashes");
        assertThat(platform.datasets()).hasSize(before)
                .extracting(DatasetInfo::name).doesNotContain("../../etc/passwd");
    }

    @Test
    void trainingIsRecordedAsARunWithLineage() {
        assertThat(trainedJob.state()).isEqualTo(JobState.SUCCEEDED);
        RunInfo run = platform.run(trainedJob.runId());
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.datasetSha256()).isEqualTo(iris.sha256());
        assertThat(run.leaderboard()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(run.testEvaluation().metric("accuracy")).isGreaterThan(run.baseline().metric("accuracy"));
        assertThat(run.params()).containsEntry("target", "class").containsEntry("seed", "42");
        assertThat(run.provenance()).isNotBlank();
        assertThat(run.model().model()).isEqualTo("iris-species");
        assertThat(platform.runs()).extracting(RunInfo::id).contains(run.id());
    }

    @Test
    void runsAreSearchedAndPagedByTheEngineWithTheirFieldsNamed() {
        RunInfo run = platform.run(trainedJob.runId());
        assertThat(platform.experiments()).anySatisfy(experiment -> {
            assertThat(experiment.name()).isEqualTo(run.experiment());
            assertThat(experiment.runCount()).isGreaterThanOrEqualTo(1);
        });
        assertThat(platform.searchRuns(RunSearchRequest.firstPage(run.experiment())).runs())
                .extracting(RunInfo::id).contains(run.id());
        // What a training recorded is searchable by key like what MLflow clients log.
        RunSearchRequest seeded = RunSearchRequest.firstPage(run.experiment()).withFilter("params.seed = '42' and "
                + "attributes.status = 'FINISHED'");
        assertThat(platform.searchRuns(seeded).runs()).extracting(RunInfo::id).contains(run.id());
        assertThat(platform.searchRuns(seeded.withFilter("params.seed = '41'")).runs()).extracting(RunInfo::id)
                .doesNotContain(run.id());
        assertThat(platform.runFields(run.experiment()).params()).contains("seed", "target");
        String metric = run.metrics().keySet().iterator().next();
        assertThat(platform.metricHistory(run.id(), metric)).extracting(MetricStep::value)
                .containsExactly(run.metrics().get(metric));
        RunScatter scatter = platform.scatter(run.experiment(), "params.seed", "metrics.`" + metric + "`");
        assertThat(scatter.points()).anySatisfy(point -> {
            assertThat(point.runId()).isEqualTo(run.id());
            assertThat(point.x()).isEqualTo(42.0);
        });
        assertThat(scatter.sampled()).isFalse();
        assertThatThrownBy(() -> platform.scatter(run.experiment(), "attributes.status", "params.seed"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        assertThatThrownBy(() -> platform.searchRuns(seeded.withFilter("metrics.accuracy >> 1")))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("Invalid filter");
                });
    }

    @Test
    void theRegistryKeepsTheVersionWithItsArtifactHashAndStage() {
        RunInfo run = platform.run(trainedJob.runId());
        ModelVersion version = platform.modelVersion(run.model().model(), run.model().version());
        assertThat(version.runId()).isEqualTo(run.id());
        assertThat(version.datasetSha256()).isEqualTo(iris.sha256());
        assertThat(version.artifactSha256()).hasSize(64);
        assertThat(version.stage()).isEqualTo(Stage.NONE);
        assertThat(version.schema().inputs()).hasSize(4);
        assertThat(platform.setStage(version.model(), version.version(), Stage.STAGING).stage()).isEqualTo(Stage.STAGING);
        assertThat(platform.models()).anySatisfy(m -> assertThat(m.name()).isEqualTo("iris-species"));
        assertThatThrownBy(() -> platform.modelVersion("iris-species", 999))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void modelsBelongToTheDefaultProjectUntilMovedIntoAnOwnedOne() {
        Project standard = platform.projectOf("iris-species");
        assertThat(standard.name()).isEqualTo(Project.DEFAULT);
        assertThat(standard.owner()).isNull();

        Project botany = platform.createProject(new NewProject(" botany ", " olga "));
        assertThat(botany).extracting(Project::name, Project::owner).containsExactly("botany", "olga");
        assertThat(platform.project("botany")).isEqualTo(botany);
        assertThat(platform.projects()).extracting(Project::name).contains(Project.DEFAULT, "botany");
        assertThatThrownBy(() -> platform.createProject(new NewProject("Botany", "someone")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
        assertThatThrownBy(() -> new NewProject("botany", " ")).isInstanceOf(PlatformException.class)
                .hasMessageContaining("Say who owns");

        assertThat(platform.setModelProject("iris-species", "botany")).isEqualTo(botany);
        assertThat(platform.projectOf("iris-species").ownedBy("OLGA")).isTrue();
        assertThatThrownBy(() -> platform.setModelProject("iris-species", "no-such-project"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> platform.projectOf("no-such-model"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aDeploymentAnswersPredictionsAndLogsThem() {
        RunInfo run = platform.run(trainedJob.runId());
        Deployment deployment = platform.deploy("iris-live", run.model().model(), run.model().version());
        assertThat(platform.deployments()).extracting(Deployment::name).contains("iris-live");
        PredictionResult result = platform.predict("iris-live",
                Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4", "petalwidth", "0.2"));
        assertThat(result.label()).isEqualTo("Iris-setosa");
        assertThat(result.confidence()).isBetween(0.5, 1.0);
        assertThat(result.model()).isEqualTo(deployment.ref());
        awaitLogged("iris-live", 1);
        List<LoggedPrediction> logged = platform.recentPredictions("iris-live", 10);
        assertThat(logged.get(0).output()).isEqualTo("Iris-setosa");
        assertThat(logged.get(0).inputs()).containsEntry("petallength", "1.4");
    }

    @Test
    void aMissingOrWronglyTypedFieldIsAPlainError() {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-errors", run.model().model(), run.model().version());
        Map<String, String> missing = new HashMap<>(Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4"));
        assertThatThrownBy(() -> platform.predict("iris-errors", missing))
                .isInstanceOf(PlatformException.class).hasMessageContaining("petalwidth");
        Map<String, String> wrong = new HashMap<>(missing);
        wrong.put("petalwidth", "wide");
        assertThatThrownBy(() -> platform.predict("iris-errors", wrong))
                .isInstanceOf(PlatformException.class).hasMessageContaining("petalwidth").hasMessageContaining("wide");
        assertThatThrownBy(() -> platform.predict("no-such-deployment", missing))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void argumentsAreRefusedByTheSameRulesInTheSameWords() {
        RunInfo run = platform.run(trainedJob.runId());
        String model = run.model().model();
        int version = run.model().version();
        platform.deploy("iris-rules", model, version);
        Path missing = workDirectory.resolve("no-such-file.csv");
        assertRefused(() -> platform.importDataset("missing", missing), "There is no file at");
        assertRefused(() -> platform.scoreFile("iris-rules", missing, workDirectory.resolve("never.csv")),
                "There is no file at");
        assertRefused(() -> platform.setStage(model, version, null), "Choose a stage");
        assertRefused(() -> platform.deploy("not a name!", model, version), "A deployment name is 1 to 64");
        assertRefused(() -> platform.deploy("", model, version), "A deployment name is 1 to 64");
        assertRefused(() -> platform.predict("iris-rules", null), "Give the values of the model's input columns.");
        assertRefused(() -> platform.explain("iris-rules", null), "Give the values of the model's input columns.");
        assertRefused(() -> platform.reportOutcomes("iris-rules", null), "Give the outcomes to record");
        assertRefused(() -> platform.traffic("iris-rules", Duration.ZERO), "Choose a positive time window");
        assertRefused(() -> platform.deploymentHistory(Duration.ofMinutes(-1)), "Choose a positive time window");
    }

    @Test
    void previewsAndTheLogReadBackAreKeptWithinTheirLimits() {
        assertThat(platform.preview(iris.id(), 5_000).rows()).hasSize(150);
        assertThat(platform.preview(iris.id(), -1).rows()).isEmpty();
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-limits", run.model().model(), run.model().version());
        Map<String, String> row = Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4",
                "petalwidth", "0.2");
        platform.predict("iris-limits", row);
        platform.predict("iris-limits", row);
        awaitLogged("iris-limits", 2);
        assertThat(platform.recentPredictions("iris-limits", 0)).hasSize(1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT)).hasMessageContaining(message);
    }

    @Test
    void scoringAFileWritesLabelAndScoreColumns() throws IOException {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-batch", run.model().model(), run.model().version());
        Path output = workDirectory.resolve("scored").resolve("iris-scored.csv");
        var result = platform.scoreFile("iris-batch", workDirectory.resolve(SampleData.IRIS), output);
        assertThat(result.rows()).isEqualTo(150);
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).endsWith(",label,score");
        long right = lines.stream().skip(1).map(l -> l.split(","))
                .filter(cells -> cells[4].equals(cells[5])).count();
        assertThat(right).isGreaterThan(130);
    }

    @Test
    void driftWithoutTrafficIsAnEmptyReportNotAnError() {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-drift-quiet", run.model().model(), run.model().version());
        DriftReport report = platform.drift("iris-drift-quiet", Duration.ofHours(1));
        assertThat(report.currentRows()).isZero();
        assertThat(report.referenceRows()).isEqualTo(150);
        assertThat(report.features()).isEmpty();
        assertThat(report.datasetDrift()).isFalse();
        assertThatThrownBy(() -> platform.drift("no-such-deployment", Duration.ofHours(1)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void trafficLikeTheTrainingDataDoesNotDrift() {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-drift", run.model().model(), run.model().version());
        platform.scoreFile("iris-drift", workDirectory.resolve(SampleData.IRIS),
                workDirectory.resolve("scored").resolve("iris-drift.csv"));
        awaitLogged("iris-drift", 150);
        DriftReport report = platform.drift("iris-drift", Duration.ofHours(1));
        assertThat(report.currentRows()).isEqualTo(150);
        assertThat(report.model()).isEqualTo(run.model());
        assertThat(report.features()).extracting(FeatureDrift::column).containsExactlyInAnyOrder("sepallength",
                "sepalwidth", "petallength", "petalwidth", "(prediction)");
        assertThat(report.features()).noneMatch(FeatureDrift::drifted);
        assertThat(report.features()).filteredOn(f -> f.column().equals("petallength")).singleElement()
                .satisfies(f -> {
                    assertThat(f.method()).isEqualTo("ks");
                    assertThat(f.ksStatistic()).isZero();
                });
        assertThat(report.datasetDrift()).isFalse();
    }

    @Test
    void anExplanationGivesEveryInputItsPartLargestFirst() {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy("iris-explain", run.model().model(), run.model().version());
        Map<String, String> row = Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4",
                "petalwidth", "0.2");
        Explanation explanation = platform.explain("iris-explain", row);
        assertThat(explanation.label()).isEqualTo("Iris-setosa");
        assertThat(explanation.model()).isEqualTo(run.model());
        if (explanation.score() != null) {
            assertThat(explanation.score()).isBetween(0.0, 1.0);
        }
        assertThat(explanation.contributions()).extracting(Explanation.Contribution::column)
                .containsExactlyInAnyOrder("sepallength", "sepalwidth", "petallength", "petalwidth");
        assertThat(explanation.contributions()).extracting(c -> Math.abs(c.effect()))
                .isSortedAccordingTo(Collections.reverseOrder());
        assertThat(explanation.contributions())
                .allSatisfy(c -> assertThat(c.sentence()).startsWith(c.column() + " " + row.get(c.column())));
        assertThatThrownBy(() -> platform.explain("no-such-deployment", row))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void eventsArriveInOrderAndResumeWithoutLossOrDuplicates() throws InterruptedException {
        List<PlatformEvent> all = new ArrayList<>(seenEvents);
        assertThat(all).extracting(PlatformEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(all).anyMatch(e -> e instanceof PlatformEvent.DatasetImported);
        assertThat(all).anyMatch(e -> e instanceof PlatformEvent.TrainingProgress p && p.finishedCandidate() != null);
        assertThat(all).anyMatch(e -> e instanceof PlatformEvent.TrainingFinished f && f.state() == JobState.SUCCEEDED);

        long middle = all.get(all.size() / 2).id();
        List<PlatformEvent> resumed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch caughtUp = new CountDownLatch(1);
        long last = all.get(all.size() - 1).id();
        try (EventSubscription again = platform.subscribe(middle, event -> {
            resumed.add(event);
            if (event.id() >= last) {
                caughtUp.countDown();
            }
        })) {
            assertThat(caughtUp.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(resumed.get(0).id()).isEqualTo(middle + 1);
        assertThat(resumed).extracting(PlatformEvent::id).isSorted().doesNotHaveDuplicates();
    }

    // ---- live operations: ids, outcomes, traffic, strategies, history

    private static final Map<String, String> SETOSA =
            Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4", "petalwidth", "0.2");
    private static final Map<String, String> VIRGINICA =
            Map.of("sepallength", "6.7", "sepalwidth", "3.0", "petallength", "5.2", "petalwidth", "2.3");

    private String deployIris(String name) {
        RunInfo run = platform.run(trainedJob.runId());
        platform.deploy(name, run.model().model(), run.model().version());
        return name;
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoWhereWhatBeforeAndAfterAndTheChainHolds() {
        RunInfo run = platform.run(trainedJob.runId());
        String model = run.model().model();
        int version = run.model().version();
        platform.deploy("iris-audited", model, version);
        platform.deploy("iris-audited", model, version);
        platform.setServingLimits("iris-audited", new ServingLimits(4, 0, Duration.ZERO,
                ServingLimits.WhenFull.REJECT_NEWEST), "ana", "before the sale");

        List<AuditEntry> deploys = platform.auditEntries(AuditQuery.latest(10).matching(null, "deploy", "IRIS-AUDITED"));
        assertThat(deploys).hasSize(2);
        AuditEntry second = deploys.get(0);
        assertThat(second.subject()).isEqualTo("iris-audited model " + model + " v" + version);
        assertThat(second.actor()).isEqualTo(actorOfUnsignedCalls());
        assertThat(second.origin()).isEqualTo(origin());
        assertThat(second.before()).contains("\"version\":" + version);
        assertThat(deploys.get(1).before()).isEqualTo("null");
        assertThat(second.sequence()).isGreaterThan(deploys.get(1).sequence());
        assertThat(second.previousHash()).isNotEqualTo(second.hash()).hasSize(64);
        AuditEntry limits = platform.auditEntries(AuditQuery.latest(1).matching(null, "capacity.set-limits", null)).get(0);
        assertThat(limits.actor()).isEqualTo(recordedAs("ana"));
        assertThat(limits.subject()).isEqualTo("iris-audited (before the sale)");
        assertThat(limits.after()).contains("\"workers\":4");
        assertThat(platform.auditEntries(AuditQuery.latest(10).matching("nobody-at-all", null, null))).isEmpty();

        AuditVerification verification = platform.verifyAudit();
        assertThat(verification.intact()).as(verification.describe()).isTrue();
        assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(limits.sequence());
    }

    @Test
    void readingTheAuditLogIsRefusedInPlainWordsOutsideItsLimits() {
        assertRefused(() -> platform.auditEntries(AuditQuery.latest(AuditQuery.MAX_LIMIT + 1)), "Read from 1 to 1000");
        Instant now = Instant.now();
        assertRefused(() -> platform.auditEntries(AuditQuery.latest(5).during(now, now.minusSeconds(1))),
                "The period must start before it ends.");
    }

    @Test
    void outcomesAreJoinedToPredictionsByTheirIdAndUnknownIdsAreNotCounted() {
        String deployment = deployIris("iris-outcomes");
        PredictionResult first = platform.predict(deployment, SETOSA);
        PredictionResult second = platform.predict(deployment, VIRGINICA);
        assertThat(first.predictionId()).isNotBlank().isNotEqualTo(second.predictionId());
        assertThat(first.score()).isNull(); // a model of three classes has no single score
        assertThat(first.decision()).isEqualTo(Decision.ALLOW);
        int matched = platform.reportOutcomes(deployment, List.of(new Outcome(first.predictionId(), "Iris-setosa", 0),
                new Outcome("p_not-a-prediction", "Iris-setosa", 0), new Outcome(second.predictionId(), "Iris-setosa", 5),
                new Outcome(second.predictionId(), "Iris-virginica", 5)));
        assertThat(matched).isEqualTo(2);
        awaitLogged(deployment, 2);
        assertThat(platform.recentPredictions(deployment, 2)).extracting(LoggedPrediction::actualLabel)
                .containsExactly("Iris-virginica", "Iris-setosa");
        PerformanceReport performance = platform.performance(deployment, Duration.ofHours(1));
        assertThat(performance.labelled()).isEqualTo(2);
        assertThat(performance.positiveLabel()).isNull();
        assertThatThrownBy(() -> platform.reportOutcomes(deployment, List.of(new Outcome(first.predictionId(), "", 0))))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void trafficCountsPredictionsAndFailures() {
        String deployment = deployIris("iris-traffic");
        for (int i = 0; i < 5; i++) {
            platform.predict(deployment, SETOSA);
        }
        Map<String, String> broken = new HashMap<>(SETOSA);
        broken.put("petalwidth", "wide");
        assertThatThrownBy(() -> platform.predict(deployment, broken)).isInstanceOf(PlatformException.class);
        TrafficReport traffic = awaitTraffic(deployment, t -> t.predictions() + t.errors() >= 6);
        assertThat(traffic.predictions()).isEqualTo(5);
        assertThat(traffic.errors()).isEqualTo(1);
        assertThat(traffic.labels()).containsEntry("Iris-setosa", 5L);
        assertThat(traffic.decisions()).containsEntry(Decision.ALLOW, 5L);
        assertThat(traffic.buckets()).isNotEmpty();
        assertThatThrownBy(() -> platform.traffic(deployment, Duration.ZERO))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void strategiesAreSavedDisabledDecideOnceEnabledAndCanBeBacktested() {
        String deployment = deployIris("iris-strategies");
        StrategySpec longPetals = new StrategySpec("Review long petals", "petallength > 4", List.of(
                new StrategyCondition("petallength", Comparison.GREATER, "4")), Decision.REVIEW);
        Strategy saved = platform.saveStrategy(deployment, longPetals);
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.spec()).isEqualTo(longPetals);
        assertThat(platform.predict(deployment, VIRGINICA).decision()).isEqualTo(Decision.ALLOW);
        assertThat(platform.enableStrategy(saved.id(), true).enabled()).isTrue();
        PredictionResult decided = platform.predict(deployment, VIRGINICA);
        assertThat(decided.decision()).isEqualTo(Decision.REVIEW);
        assertThat(decided.strategy()).isEqualTo("Review long petals");
        assertThat(platform.predict(deployment, SETOSA).decision()).isEqualTo(Decision.ALLOW);

        awaitLogged(deployment, 3);
        BacktestResult backtest = platform.backtest(deployment, longPetals, Duration.ofHours(1), null);
        assertThat(backtest.evaluated()).isEqualTo(3);
        assertThat(backtest.matched()).isEqualTo(2);
        assertThatThrownBy(() -> platform.saveStrategy(deployment, new StrategySpec("Bad", null, List.of(
                new StrategyCondition("colour", Comparison.EQUAL, "blue")), Decision.BLOCK)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("colour");
        platform.deleteStrategy(saved.id());
        assertThat(platform.strategies(deployment)).isEmpty();
    }

    @Test
    void deploysAreRecordedAndRetrainingWantsEnoughOutcomes() {
        String deployment = deployIris("iris-history");
        assertThat(platform.deploymentHistory(Duration.ofHours(1)))
                .anySatisfy(change -> assertThat(change.deployment()).isEqualTo(deployment));
        assertThatThrownBy(() -> platform.retrain(deployment, Duration.ofHours(1)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("50");
    }

    // ---- alerts

    @Test
    void tryingAnAlertRuleGivesTheMeasuredValueAndSavesNothing() {
        String deployment = deployIris("iris-alert-trial");
        AlertRuleSpec errors = new AlertRuleSpec("", deployment, AlertMetric.ERROR_RATE, null, Comparison.GREATER,
                0.5, Duration.ofMinutes(15), AlertSeverity.WARNING, false, true);
        RuleTrial quiet = platform.tryAlertRule(errors);
        assertThat(quiet.enoughData()).isFalse();
        assertThat(quiet.value()).isNull();
        assertThat(quiet.message()).isEqualTo("Error rate on iris-alert-trial over the last 15 minutes cannot be"
                + " measured now: there were no requests in that window. The rule would not fire now.");

        for (int i = 0; i < 3; i++) {
            platform.predict(deployment, SETOSA);
        }
        Map<String, String> broken = new HashMap<>(SETOSA);
        broken.put("petalwidth", "wide");
        assertThatThrownBy(() -> platform.predict(deployment, broken)).isInstanceOf(PlatformException.class);
        awaitTraffic(deployment, t -> t.predictions() + t.errors() >= 4);

        RuleTrial measured = platform.tryAlertRule(errors);
        assertThat(measured.enoughData()).isTrue();
        assertThat(measured.value()).isEqualTo(platform.traffic(deployment, Duration.ofMinutes(15)).errorRate());
        assertThat(measured.threshold()).isEqualTo(0.5);
        assertThat(measured.wouldFire()).isFalse();
        assertThat(measured.message()).isEqualTo("Error rate on iris-alert-trial over the last 15 minutes is 25.0%"
                + " — below 50.0%: the rule would not fire now.");
        RuleTrial firing = platform.tryAlertRule(new AlertRuleSpec("errors", deployment, AlertMetric.ERROR_RATE, null,
                Comparison.GREATER, 0.2, Duration.ofMinutes(15), AlertSeverity.WARNING, false, true));
        assertThat(firing.wouldFire()).isTrue();
        assertThat(firing.message()).endsWith("is 25.0% — above 20.0%: the rule would fire now.");

        assertThat(platform.alertRules()).noneMatch(rule -> rule.spec().deployment().equals(deployment));
        assertThat(platform.alerts(true)).noneMatch(alert -> alert.deployment().equals(deployment));
        assertThatThrownBy(() -> platform.tryAlertRule(new AlertRuleSpec("", "no-such-deployment",
                AlertMetric.ERROR_RATE, null, Comparison.GREATER, 0.5, Duration.ofMinutes(15), AlertSeverity.INFO,
                false, true)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertRefused(() -> platform.tryAlertRule(new AlertRuleSpec("", deployment, null, null, Comparison.GREATER,
                0.5, Duration.ofMinutes(15), AlertSeverity.INFO, false, true)), "Say which metric the rule watches.");
    }

    @Test
    void aTestNotificationReachesTheWebhookAndSavesNothing() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            NotificationSettings saved = platform.notificationSettings();
            NotificationTrial trial = platform.sendTestNotification(NotificationChannel.WEBHOOK,
                    webhookTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
            assertThat(trial.delivered()).as(trial.message()).isTrue();
            assertThat(trial.channel()).isEqualTo(NotificationChannel.WEBHOOK);
            assertThat(trial.message()).isEqualTo("The webhook took the test message.");
            assertThat(received).singleElement().asString()
                    .contains("Sightline test notification").contains("\"test\":true");
            assertThat(platform.notificationSettings()).isEqualTo(saved);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aTestNotificationThatCannotArriveSaysWhyInPlainWords() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        NotificationTrial trial = platform.sendTestNotification(NotificationChannel.WEBHOOK,
                webhookTo("http://127.0.0.1:" + closed + "/hook"));
        assertThat(trial.delivered()).isFalse();
        assertThat(trial.message()).isEqualTo("Not delivered. Could not reach the webhook: connection refused.");

        assertRefused(() -> platform.sendTestNotification(NotificationChannel.WEBHOOK, webhookTo("")),
                "No webhook address is set");
        assertRefused(() -> platform.sendTestNotification(NotificationChannel.WEBHOOK, webhookTo("ftp://example.com")),
                "The webhook address must start with http:// or https://");
        assertRefused(() -> platform.sendTestNotification(null, webhookTo("http://127.0.0.1:" + closed)),
                "Say which channel to test");
    }

    private static NotificationSettings webhookTo(String url) {
        return new NotificationSettings(url, "", 25, false, "", "", false, "", List.of());
    }

    // ---- releases

    @Test
    void everyPolicyKindIsSetAndReadBack() {
        String deployment = deployIris("iris-policies");
        int v1 = platform.deployment(deployment).version();
        int v2 = secondIrisVersion();
        CanaryPlan canary = new CanaryPlan(List.of(0.1, 0.5, 1.0), Duration.ofMinutes(10), CanaryGuard.standard(), true);
        AbTestPlan ab = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.05, 0.8, 0.7);
        BanditPlan bandit = new BanditPlan(BanditReward.OUTCOME, OutcomeMetric.CORRECT, 1, 1, Duration.ofSeconds(30), 0.05);
        List<TrafficPolicy> policies = List.of(
                TrafficPolicy.single(v2),
                TrafficPolicy.canary(v1, v2, canary),
                TrafficPolicy.abTest(v1, v2, 0.3, ab).stickyBy("sepallength"),
                TrafficPolicy.shadow(v1, v2, 0.5),
                new TrafficPolicy(PolicyKind.BANDIT, List.of(new Arm("A", v1, 0.5), new Arm("B", v2, 0.5)), null, null,
                        null, bandit, null),
                new TrafficPolicy(PolicyKind.CONTEXTUAL, List.of(new Arm("rest", v1, 1), new Arm("long", v2, 0)), null,
                        null, null, null, List.of(new RouteRule("petallength", Comparison.GREATER, "2.5", "long"))));
        for (TrafficPolicy policy : policies) {
            Deployment changed = platform.setPolicy(deployment, policy, "ana", "trying " + policy.kind());
            assertThat(changed.version()).isEqualTo(policy.primary().version());
            assertThat(platform.policy(deployment)).isEqualTo(policy);
        }
        assertThat(platform.planAbTest(ab).outcomesPerArm()).isPositive();
    }

    @Test
    void policiesTheEngineCannotServeAreRefusedInPlainWords() {
        String deployment = deployIris("iris-refused");
        int v1 = platform.deployment(deployment).version();
        assertRefused(() -> platform.setPolicy(deployment, null, "ana", "none"), "Give the traffic policy");
        assertRefused(() -> platform.setPolicy(deployment, TrafficPolicy.shadow(v1, v1, 0.2).stickyBy("colour"), "ana",
                "sticky"), "The sticky key 'colour' is not an input");
        assertRefused(() -> platform.rollback(deployment, "ana", " "), "Say why you roll back");
        assertRefused(() -> platform.rollback(deployment, "ana", "nothing before"), "no earlier version");
        assertThatThrownBy(() -> platform.setPolicy(deployment, TrafficPolicy.single(999), "ana", "missing"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> platform.policy("no-such-deployment"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v1));
    }

    @Test
    void rollbackPutsBackThePreviousVersionAndRecordsWhoWhyFromAndTo() {
        String deployment = deployIris("iris-rollback");
        int v1 = platform.deployment(deployment).version();
        int v2 = secondIrisVersion();
        platform.setPolicy(deployment, TrafficPolicy.single(v2), "ana", "the new version");
        assertThat(platform.predict(deployment, SETOSA).model().version()).isEqualTo(v2);
        Deployment back = platform.rollback(deployment, "ana", "version 2 answers too slowly");
        assertThat(back.version()).isEqualTo(v1);
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v1));
        assertThat(platform.predict(deployment, SETOSA).model().version()).isEqualTo(v1);
        DeploymentChange change = platform.deploymentHistory(Duration.ofHours(1)).stream()
                .filter(c -> c.deployment().equals(deployment)).findFirst().orElseThrow();
        assertThat(change.version()).isEqualTo(v1);
        assertThat(change.fromVersion()).isEqualTo(v2);
        assertThat(change.policy()).isEqualTo(PolicyKind.SINGLE);
        assertThat(change.by()).isEqualTo(recordedAs("ana"));
        assertThat(change.reason()).isEqualTo("version 2 answers too slowly");
        assertThat(change.at()).isNotNull();
    }

    @Test
    void bothArmsOfASplitAnswerAndTheLogRecordsWhichDid() {
        String deployment = deployIris("iris-split");
        int v1 = platform.deployment(deployment).version();
        int v2 = secondIrisVersion();
        AbTestPlan ab = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8, 0.7);
        platform.setPolicy(deployment, TrafficPolicy.abTest(v1, v2, 0.5, ab), "ana", "A against B");
        Map<String, Integer> answeredBy = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            PredictionResult result = platform.predict(deployment, SETOSA);
            answeredBy.merge(result.arm(), 1, Integer::sum);
            assertThat(result.model().version()).isEqualTo(result.arm().equals("A") ? v1 : v2);
        }
        assertThat(answeredBy.keySet()).containsExactlyInAnyOrder("A", "B");
        awaitLogged(deployment, 200);
        ReleaseReport report = platform.release(deployment, Duration.ofHours(1));
        assertThat(report.policy().kind()).isEqualTo(PolicyKind.AB_TEST);
        assertThat(report.arms()).extracting(ArmReport::arm).containsExactly("A", "B");
        assertThat(report.arms()).extracting(ArmReport::requests)
                .containsExactly((long) answeredBy.get("A"), (long) answeredBy.get("B"));
        assertThat(report.abTest()).isNotNull();
    }

    @Test
    void anAbVerdictCountsOnlyPredictionsOldEnoughForTheirOutcome() {
        String deployment = deployIris("iris-matured");
        int v1 = platform.deployment(deployment).version();
        int v2 = secondIrisVersion();
        AbTestPlan waits = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.05, 0.8, 0.7,
                Duration.ofHours(1));
        platform.setPolicy(deployment, TrafficPolicy.abTest(v1, v2, 0.5, waits), "ana", "outcomes come in an hour");
        assertThat(platform.policy(deployment).abTest().outcomeWindow()).isEqualTo(Duration.ofHours(1));
        predictWithOutcomes(deployment, 40);

        ReleaseReport young = platform.release(deployment, Duration.ofHours(1));
        assertThat(young.arms()).extracting(ArmReport::outcomes).as("the arms count every outcome")
                .allSatisfy(outcomes -> assertThat(outcomes).isPositive());
        assertThat(young.abTest().outcomesA() + young.abTest().outcomesB())
                .as("the verdict waits until the predictions are an hour old").isZero();

        AbTestPlan atOnce = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.05, 0.8, 0.7);
        platform.setPolicy(deployment, TrafficPolicy.abTest(v1, v2, 0.5, atOnce), "ana", "outcomes come at once");
        predictWithOutcomes(deployment, 40);
        ReleaseReport counted = platform.release(deployment, Duration.ofHours(1));
        assertThat(counted.abTest().outcomesA() + counted.abTest().outcomesB()).isEqualTo(40);
    }

    /** {@code count} predictions of the deployment, each with its outcome reported, once all are logged. */
    private void predictWithOutcomes(String deployment, int count) {
        long before = platform.recentPredictions(deployment, ArgumentRules.MAX_RECENT_PREDICTIONS).size();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(new Outcome(platform.predict(deployment, SETOSA).predictionId(), "Iris-setosa", 0));
        }
        awaitLogged(deployment, (int) before + count);
        assertThat(platform.reportOutcomes(deployment, outcomes)).isEqualTo(count);
    }

    // ---- capacity

    @Test
    void servingLimitsAreKeptAndLiftedAndPredictionsGoThroughThem() {
        String deployment = deployIris("iris-limits");
        assertThat(platform.servingLimits(deployment)).isEqualTo(ServingLimits.UNLIMITED);
        ServingLimits limits = new ServingLimits(4, 16, Duration.ofMillis(250), ServingLimits.WhenFull.SHED_OLDEST);

        assertThat(platform.setServingLimits(deployment, limits, "ana", "knee at 400 requests/s")).isEqualTo(limits);
        assertThat(platform.servingLimits(deployment)).isEqualTo(limits);
        assertThat(platform.predict(deployment, SETOSA).label()).isEqualTo("Iris-setosa");

        platform.setServingLimits(deployment, ServingLimits.UNLIMITED, "ana", "lifted");
        assertThat(platform.servingLimits(deployment)).isEqualTo(ServingLimits.UNLIMITED);
        assertThatThrownBy(() -> platform.setServingLimits(deployment, limits, "ana", " "))
                .hasMessage("Say why the serving limits change: it is kept with them.");
        assertThatThrownBy(() -> platform.servingLimits("no-such-deployment"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aLoadTestMeasuresEveryStepAndIsListedFirst() {
        String deployment = deployIris("iris-capacity");
        CapacityPlan plan = new CapacityPlan(20, 40, 2, Duration.ofSeconds(1), LatencyPercentile.P95, 10_000, 0.5, 4);
        CapacityTest started = platform.startCapacityTest(deployment, plan, "ana");
        assertThat(started.deployment()).isEqualTo(deployment);
        assertThat(started.plan()).isEqualTo(plan);
        CapacityTest ended = awaitEnded(started.id());
        assertThat(ended.state()).isEqualTo(CapacityTestState.FINISHED);
        assertThat(ended.points()).extracting(CapacityPoint::offeredPerSecond).containsExactly(20, 40);
        assertThat(ended.points()).allSatisfy(point -> assertThat(point.requests()).isPositive());
        assertThat(ended.by()).isEqualTo(recordedAs("ana"));
        assertThat(ended.endedAt()).isNotNull();
        assertThat(ended.message()).startsWith("Finished all 2 steps");
        assertThat(platform.capacityTests(deployment).get(0).id()).isEqualTo(started.id());
    }

    @Test
    void oneLoadTestRunsAtATimeAndAStopKeepsWhatWasMeasured() {
        String deployment = deployIris("iris-capacity-stop");
        CapacityPlan plan = new CapacityPlan(10, 10, 10, Duration.ofSeconds(1), LatencyPercentile.P99, 10_000, 0.5, 2);
        CapacityTest started = platform.startCapacityTest(deployment, plan, "ana");
        assertThatThrownBy(() -> platform.startCapacityTest(deployment, plan, "ben"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining(started.id()).hasMessageContaining("still running");
        awaitCapacity(started.id(), test -> !test.points().isEmpty());
        CapacityTest stopped = platform.stopCapacityTest(started.id());
        assertThat(stopped.state()).isEqualTo(CapacityTestState.STOPPED);
        assertThat(stopped.points()).isNotEmpty().hasSizeLessThan(plan.steps());
        assertThat(stopped.message()).startsWith("Stopped by request");
        assertThat(platform.stopCapacityTest(started.id())).isEqualTo(stopped);
    }

    @Test
    void loadTestsOfNothingOrWithoutAPlanAreRefusedInPlainWords() {
        String deployment = deployIris("iris-capacity-refused");
        CapacityPlan plan = new CapacityPlan(5, 5, 1, Duration.ofSeconds(1), LatencyPercentile.P50, 100, 0.01, 1);
        assertThatThrownBy(() -> platform.startCapacityTest("no-such-deployment", plan, "ana"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> platform.capacityTest("cap_nothing"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertRefused(() -> platform.startCapacityTest(deployment, null, "ana"), "Give the load test's plan");
        assertRefused(() -> new CapacityPlan(5, CapacityPlan.MAX_RATE + 1, 2, Duration.ofSeconds(1),
                LatencyPercentile.P50, 100, 0.01, 1), "up to at most " + CapacityPlan.MAX_RATE);
        assertThat(platform.capacityTests(deployment)).isEmpty();
    }

    private CapacityTest awaitEnded(String testId) {
        return awaitCapacity(testId, test -> test.state().ended());
    }

    /** The load test once {@code condition} holds of it (it runs in the background); fails after 60 s. */
    private CapacityTest awaitCapacity(String testId, Predicate<CapacityTest> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        CapacityTest test = platform.capacityTest(testId);
        while (!condition.test(test)) {
            assertThat(System.nanoTime()).as("load test %s still %s", testId, test.state()).isLessThan(deadline);
            sleep(50);
            test = platform.capacityTest(testId);
        }
        return test;
    }

    // ---- deployment flows

    private static final String FLOW_1 = "same-project";
    /** Gates that iris passes, and a load test of one second, so that flow 1 reaches its approval soon. */
    private static final Map<String, String> PASSING = Map.of("metric", "accuracy", "minMetric", "0.5",
            "maxRegression", "1", "latencyP95Millis", "5000", "loadRate", "20", "loadSeconds", "1",
            "loadP95Millis", "5000");

    @Test
    void theFlowsAreListedWithTheirStepsEdgesAndParameters() {
        FlowDefinition flow1 = platform.flowDefinitions().stream().filter(d -> d.id().equals(FLOW_1)).findFirst()
                .orElseThrow();
        assertThat(flow1.start().id()).isEqualTo("register");
        assertThat(flow1.steps()).extracting(FlowStep::id).contains("metric-gate", "gates-passed", "staging",
                "load-test", "approval", "canary", "production", "rollback");
        assertThat(flow1.step("approval").kind()).isEqualTo(StepKind.APPROVAL);
        assertThat(flow1.step("metric-gate").parameters()).containsEntry("minimum", "${minMetric}");
        assertThat(flow1.outgoing("metric-gate")).containsExactlyInAnyOrder(
                new FlowEdge("metric-gate", "gates-passed", EdgeCondition.ON_PASS),
                new FlowEdge("metric-gate", "rollback", EdgeCondition.ON_FAIL));
        assertThat(flow1.parameters()).containsKeys("metric", "minMetric", "loadSeconds", "canaryShare");
    }

    @Test
    void aFailedGateSkipsTheRestRollsBackAndIsToldInOrder() {
        List<PlatformEvent.FlowChanged> changes = new CopyOnWriteArrayList<>();
        Flow started;
        try (EventSubscription listening = platform.subscribe(platform.latestEventId(), event -> {
            if (event instanceof PlatformEvent.FlowChanged changed) {
                changes.add(changed);
            }
        })) {
            started = flowFailingItsGate("iris-flow-gate");
            assertThat(started.startedBy()).isEqualTo(recordedAs("ana"));
            assertThat(started.parameters()).containsEntry("minMetric", "1.5").containsEntry("smokeRows", "20");
            Flow flow = awaitFlow(started.id(), f -> f.state().ended());
            assertThat(flow.state()).isEqualTo(FlowState.FAILED);
            assertThat(flow.step("metric-gate").state()).isEqualTo(StepState.FAILED);
            assertThat(flow.step("metric-gate").measures()).singleElement().satisfies(measure -> {
                assertThat(measure.name()).isEqualTo("accuracy");
                assertThat(measure.threshold()).isEqualTo(1.5);
                assertThat(measure.value()).isBetween(0.0, 1.0);
                assertThat(measure.passed()).isFalse();
            });
            for (String later : List.of("gates-passed", "staging", "smoke-test", "load-test", "approval", "canary",
                    "production")) {
                assertThat(flow.step(later).state()).as(later).isEqualTo(StepState.SKIPPED);
            }
            assertThat(flow.step("rollback").state()).isEqualTo(StepState.PASSED);
            assertThat(flow.message()).isNotBlank();
            assertThat(flow.endedAt()).isNotNull();
            awaitCondition("the flow's end is told", () -> changes.stream()
                    .anyMatch(c -> c.flowId().equals(started.id()) && c.flowState().ended()));
        }
        List<PlatformEvent.FlowChanged> ours = changes.stream().filter(c -> c.flowId().equals(started.id())).toList();
        assertThat(ours).extracting(PlatformEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(ours.get(0).flowState()).isEqualTo(FlowState.RUNNING);
        assertThat(ours.get(ours.size() - 1).flowState()).isEqualTo(FlowState.FAILED);
        assertThat(ours).allSatisfy(c -> assertThat(c.definition()).isEqualTo(FLOW_1));
        int gateFailed = indexOfStep(ours, "metric-gate", StepState.FAILED);
        assertThat(gateFailed).isNotNegative().isLessThan(indexOfStep(ours, "rollback", StepState.PASSED));
    }

    private static int indexOfStep(List<PlatformEvent.FlowChanged> changes, String stepId, StepState state) {
        for (int i = 0; i < changes.size(); i++) {
            if (stepId.equals(changes.get(i).stepId()) && changes.get(i).stepState() == state) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void onlySomeoneOtherThanTheStarterApprovesAndAFlowIsPausedResumedAndAborted() {
        Flow waiting = flowWaitingForApproval("iris-flow-approval");
        String id = waiting.id();
        assertThat(waiting.step("gates-passed").state()).isEqualTo(StepState.PASSED);
        assertThat(waiting.step("load-test").state()).isEqualTo(StepState.PASSED);
        assertThat(waiting.step("load-test").measures()).isNotEmpty().allSatisfy(m -> assertThat(m.passed()).isTrue());
        assertThat(platform.flows(5).get(0).id()).as("newest first").isEqualTo(id);

        assertRefused(() -> platform.approveFlowStep(id, "approval", "ana", "looks fine"),
                recordedAs("ana") + " started this flow, so someone else must approve it");

        assertThat(platform.pauseFlow(id, "ana").state()).isEqualTo(FlowState.PAUSED);
        assertThatThrownBy(() -> platform.pauseFlow(id, "ana"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(platform.resumeFlow(id, "ana").state()).isEqualTo(FlowState.WAITING_FOR_APPROVAL);

        Flow approved = flowsActingAs("ben").approveFlowStep(id, "approval", "ben", "checked the gates");
        assertThat(approved.step("approval").state()).isEqualTo(StepState.PASSED);
        assertThat(approved.step("approval").decidedBy()).isEqualTo("ben");
        awaitFlow(id, f -> f.step("canary").state() != StepState.PENDING);

        Flow aborted = platform.abortFlow(id, "ana", "the canary is for another day");
        assertThat(aborted.state()).isEqualTo(FlowState.ABORTED);
        assertThat(aborted.message()).contains("the canary is for another day");
        assertThat(aborted.step("production").state()).isEqualTo(StepState.SKIPPED);
        assertThat(aborted.step("rollback").state()).isEqualTo(StepState.SKIPPED);
        assertThatThrownBy(() -> platform.resumeFlow(id, "ana"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("aborted");
    }

    @Test
    void unknownFlowsDefinitionsAndParametersAreRefusedInPlainWords() {
        FlowSubject subject = new FlowSubject("iris-species", 1, null);
        assertThatThrownBy(() -> platform.flow("flow_nothing"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> platform.abortFlow("flow_nothing", "ana", "never started"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> platform.startFlow(new FlowStart("no-such-flow", subject, Map.of()), "ana"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no-such-flow");
        assertRefused(() -> platform.startFlow(new FlowStart(FLOW_1, subject, Map.of("speed", "fast")), "ana"),
                "has no parameter called 'speed'");
        assertRefused(() -> platform.flows(0), "Ask for at least one flow.");
    }

    /** Flow 1 on a second iris version, into a deployment serving the first, once it waits for approval. */
    protected Flow flowWaitingForApproval(String deployment) {
        deployIris(deployment);
        Flow started = platform.startFlow(new FlowStart(FLOW_1, irisSubject(deployment), PASSING), "ana");
        Flow flow = awaitFlow(started.id(), f -> f.state() == FlowState.WAITING_FOR_APPROVAL || f.state().ended());
        assertThat(flow.state()).as("flow %s: %s", flow.id(), flow.message()).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
        return flow;
    }

    /** A flow whose metric gate fails at once, started as "ana". */
    protected Flow flowFailingItsGate(String deployment) {
        deployIris(deployment);
        return platform.startFlow(new FlowStart(FLOW_1, irisSubject(deployment),
                Map.of("metric", "accuracy", "minMetric", "1.5")), "ana");
    }

    private FlowSubject irisSubject(String deployment) {
        return new FlowSubject("iris-species", secondIrisVersion(), deployment);
    }

    /**
     * The flows as {@code user} calls them: the embedded engine takes the name each call gives; a server takes
     * the user of the client's token, so a subclass gives a client with that user's token.
     */
    protected Flows flowsActingAs(String user) {
        return platform;
    }

    private static void awaitCondition(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            sleep(20);
        }
    }

    /** The flow once {@code condition} holds of it (it runs in the background); fails after 60 s. */
    protected Flow awaitFlow(String flowId, Predicate<Flow> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Flow flow = platform.flow(flowId);
        while (!condition.test(flow)) {
            assertThat(System.nanoTime()).as("flow %s is still %s: %s", flowId, flow.state(), flow.steps())
                    .isLessThan(deadline);
            sleep(50);
            flow = platform.flow(flowId);
        }
        return flow;
    }

    /** Who the audit log says made a change through a call that names no one (a server records its token's user). */
    protected String actorOfUnsignedCalls() {
        return System.getProperty("user.name");
    }

    /** Where the audit log says changes come from: this process, or the client's address for a server. */
    protected String origin() {
        return "embedded";
    }

    /** Who the history says made a change the caller made as {@code by} (a server records its token's user). */
    protected String recordedAs(String by) {
        return by;
    }

    /** A second version of the iris model, trained once when first needed. */
    private synchronized int secondIrisVersion() {
        if (secondIrisVersion == 0) {
            TrainingJob job = platform.startTraining(TrainingRequest.of(iris.id(), "class", "iris-species")
                    .withBudget(Duration.ofSeconds(60)));
            secondIrisVersion = platform.run(platform.awaitTraining(job.id(), Duration.ofMinutes(5)).runId())
                    .model().version();
        }
        return secondIrisVersion;
    }

    /** The deployment's traffic of the last 5 minutes once it satisfies {@code counted} (monitoring is asynchronous). */
    private TrafficReport awaitTraffic(String deployment, Predicate<TrafficReport> counted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        TrafficReport traffic = platform.traffic(deployment, Duration.ofMinutes(5));
        while (!counted.test(traffic) && System.nanoTime() < deadline) {
            sleep(20);
            traffic = platform.traffic(deployment, Duration.ofMinutes(5));
        }
        return traffic;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitLogged(String deployment, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (platform.recentPredictions(deployment, count).size() < count && System.nanoTime() < deadline) {
            sleep(20);
        }
    }
}

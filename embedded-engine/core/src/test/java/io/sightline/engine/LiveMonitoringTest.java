package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live monitoring on the embedded engine with a credit-g model (yes/no, positive class "bad"): ids, scores and
 * decisions of predictions, outcomes, performance, traffic, back-tests, history and retraining. Each test serves
 * its own deployment of the one trained model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMonitoringTest {
    private static final Duration HOUR = Duration.ofHours(1);

    private LocalPlatform platform;
    private ModelRef trained;
    private List<Map<String, String>> rows;
    private List<String> classes;

    /** Opens a fresh platform whose files live under {@code directory}. */
    protected LocalPlatform open(Path directory) {
        return LocalPlatform.open(directory);
    }

    @BeforeAll
    void trainCreditG(@TempDir Path directory) throws IOException {
        platform = open(directory.resolve("platform"));
        Path csv = SampleData.copyTo(directory, SampleData.CREDIT_G);
        rows = SampleData.readRows(csv);
        classes = Files.readAllLines(csv).stream().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1))
                .toList();
        DatasetInfo dataset = platform.importDataset("credit-g", csv);
        TrainingJob job = platform.awaitTraining(platform.startTraining(TrainingRequest.of(dataset.id(), "class",
                "credit-g").withBudget(Duration.ofSeconds(20))).id(), Duration.ofMinutes(5));
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        trained = platform.run(job.runId()).model();
    }

    @AfterAll
    void close() {
        platform.close();
    }

    /** Serves the first {@code count} rows of credit-g through {@code deployment} and reports their true class. */
    private List<PredictionResult> serveAndReport(String deployment, int count) {
        platform.deploy(deployment, trained.model(), trained.version());
        List<PredictionResult> results = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PredictionResult result = platform.predict(deployment, rows.get(i));
            results.add(result);
            outcomes.add(new Outcome(result.predictionId(), classes.get(i),
                    Double.parseDouble(rows.get(i).get("credit_amount"))));
        }
        assertThat(platform.reportOutcomes(deployment, outcomes)).isEqualTo(count);
        return results;
    }

    @Test
    void everyPredictionHasAnIdThePositiveClassScoreAndADecision() {
        platform.deploy("credit-scores", trained.model(), trained.version());
        PredictionResult first = platform.predict("credit-scores", rows.get(0));
        PredictionResult second = platform.predict("credit-scores", rows.get(1));
        assertThat(first.predictionId()).matches("p_[0-9a-f]{24}").isNotEqualTo(second.predictionId());
        assertThat(first.score()).isEqualTo(first.probabilities().get("bad"));
        assertThat(first.decision()).isEqualTo(Decision.ALLOW);
        assertThat(first.strategy()).isNull();
        platform.flushPredictionLog(Duration.ofSeconds(30));
        LoggedPrediction logged = platform.recentPredictions("credit-scores", 1).get(0);
        assertThat(logged.predictionId()).isEqualTo(second.predictionId());
        assertThat(logged.score()).isEqualTo(second.score());
    }

    @Test
    void enabledStrategiesDecideLivePredictionsFirstMatchFirst() {
        platform.deploy("credit-strategies", trained.model(), trained.version());
        Map<String, String> longLoan = new HashMap<>(rows.get(1));
        longLoan.put("duration", "60");
        StrategySpec review = new StrategySpec("Review long loans", "duration >= 48", List.of(
                new StrategyCondition("duration", Comparison.GREATER_OR_EQUAL, "48")), Decision.REVIEW);
        StrategySpec block = new StrategySpec("Block everything scored", null, List.of(
                new StrategyCondition("score", Comparison.GREATER_OR_EQUAL, "0")), Decision.BLOCK);
        Strategy reviewing = platform.saveStrategy("credit-strategies", review);
        Strategy blocking = platform.saveStrategy("credit-strategies", block);
        assertThat(platform.predict("credit-strategies", longLoan).decision()).isEqualTo(Decision.ALLOW);

        platform.enableStrategy(reviewing.id(), true);
        platform.enableStrategy(blocking.id(), true);
        PredictionResult decided = platform.predict("credit-strategies", longLoan);
        assertThat(decided.decision()).isEqualTo(Decision.REVIEW);
        assertThat(decided.strategy()).isEqualTo("Review long loans");
        assertThat(platform.predict("credit-strategies", rows.get(0)).decision()).isEqualTo(Decision.BLOCK);
        platform.flushPredictionLog(Duration.ofSeconds(30));
        assertThat(platform.recentPredictions("credit-strategies", 2)).extracting(LoggedPrediction::decision)
                .containsExactly(Decision.BLOCK, Decision.REVIEW);

        platform.deleteStrategy(reviewing.id());
        assertThat(platform.strategies("credit-strategies")).extracting(Strategy::id).containsExactly(blocking.id());
        assertThatThrownBy(() -> platform.saveStrategy("credit-strategies", new StrategySpec("Young", null,
                List.of(new StrategyCondition("seller_age", Comparison.LESS, "25")), Decision.BLOCK)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("seller_age");
    }

    @Test
    void outcomesGivePerformanceAndMoneyAsTheCasesFell() {
        List<PredictionResult> results = serveAndReport("credit-outcomes", 300);
        PerformanceReport report = platform.performance("credit-outcomes", HOUR);
        assertThat(report.positiveLabel()).isEqualTo("bad");
        assertThat(report.predictions()).isEqualTo(300);
        assertThat(report.labelled()).isEqualTo(300);
        long truePositives = 0;
        double caught = 0;
        double atStake = 0;
        for (int i = 0; i < 300; i++) {
            double amount = Double.parseDouble(rows.get(i).get("credit_amount"));
            if (classes.get(i).equals("bad")) {
                atStake += amount;
                if (results.get(i).label().equals("bad")) {
                    truePositives++;
                    caught += amount;
                }
            }
        }
        assertThat(report.truePositives()).isEqualTo(truePositives);
        assertThat(report.truePositives() + report.falsePositives() + report.trueNegatives()
                + report.falseNegatives()).isEqualTo(300);
        assertThat(report.valueCaught()).isEqualTo(caught);
        assertThat(report.valueCaught() + report.valueMissed()).isEqualTo(atStake);
        assertThat(report.auc()).isGreaterThan(0.6); // rows the model learnt from: it ranks them well
        assertThat(report.series().stream().mapToLong(p -> p.labelled()).sum()).isEqualTo(300);
        assertThat(platform.recentPredictions("credit-outcomes", 1).get(0).actualLabel()).isEqualTo(classes.get(299));
    }

    @Test
    void aBacktestReplaysTheLogThroughAStrategy() {
        List<PredictionResult> results = serveAndReport("credit-backtest", 200);
        StrategySpec risky = new StrategySpec("Block risky", null, List.of(
                new StrategyCondition("score", Comparison.GREATER, "0.5")), Decision.BLOCK);
        BacktestResult result = platform.backtest("credit-backtest", risky, HOUR, "purpose");
        long matched = 0;
        long caught = 0;
        Set<String> purposesHit = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            if (results.get(i).score() > 0.5) {
                matched++;
                if (classes.get(i).equals("bad")) {
                    caught++;
                } else {
                    purposesHit.add(rows.get(i).get("purpose"));
                }
            }
        }
        assertThat(result.evaluated()).isEqualTo(200);
        assertThat(result.matched()).isEqualTo(matched).isPositive();
        assertThat(result.labelled()).isEqualTo(matched);
        assertThat(result.positivesCaught()).isEqualTo(caught);
        assertThat(result.negativesHit()).isEqualTo(matched - caught);
        assertThat(result.entitiesHit()).isEqualTo(purposesHit.size());
    }

    @Test
    void trafficCountsPredictionsAndFailedRequests() throws InterruptedException {
        platform.deploy("credit-traffic", trained.model(), trained.version());
        for (int i = 0; i < 50; i++) {
            platform.predict("credit-traffic", rows.get(i));
        }
        Map<String, String> broken = new HashMap<>(rows.get(0));
        broken.put("duration", "six");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> platform.predict("credit-traffic", broken)).isInstanceOf(PlatformException.class);
        }
        platform.flushPredictionLog(Duration.ofSeconds(30));
        TrafficReport traffic = platform.traffic("credit-traffic", Duration.ofMinutes(5));
        assertThat(traffic.predictions()).isEqualTo(50);
        assertThat(traffic.errors()).isEqualTo(3);
        assertThat(traffic.errorRate()).isEqualTo(3 / 53.0);
        assertThat(traffic.resolution()).isEqualTo(Duration.ofSeconds(1));
        assertThat(traffic.labels().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
        assertThat(traffic.decisions()).containsEntry(Decision.ALLOW, 50L);
        assertThat(traffic.scores().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
        assertThat(traffic.p50Millis()).isPositive();
        assertThat(traffic.p99Millis()).isGreaterThanOrEqualTo(traffic.p50Millis());
        assertThat(platform.traffic("credit-traffic", Duration.ofDays(7)).predictions()).isEqualTo(50);
    }

    @Test
    void everyDeployIsInTheHistoryNewestFirst() {
        platform.deploy("credit-history", trained.model(), trained.version());
        platform.deploy("credit-history", trained.model(), trained.version());
        List<DeploymentChange> changes = platform.deploymentHistory(HOUR).stream()
                .filter(change -> change.deployment().equals("credit-history")).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at()).isAfterOrEqualTo(changes.get(1).at());
        assertThat(changes.get(0).version()).isEqualTo(trained.version());
    }

    @Test
    void retrainingRegistersANewVersionOfTheServedModelWithoutDeployingIt() {
        assertThatThrownBy(() -> serveAndRetrain("credit-too-few", 20))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("at least 50").hasMessageContaining("it has 20");

        int versionsBefore = platform.modelVersions(trained.model()).size();
        TrainingJob job = platform.awaitTraining(serveAndRetrain("credit-retrain", 150).id(), Duration.ofMinutes(5));
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        ModelRef challenger = platform.run(job.runId()).model();
        assertThat(challenger.model()).isEqualTo(trained.model());
        assertThat(platform.modelVersions(trained.model())).hasSize(versionsBefore + 1);
        ModelVersion version = platform.modelVersion(challenger.model(), challenger.version());
        assertThat(version.stage()).isEqualTo(Stage.NONE);
        assertThat(platform.dataset(version.datasetId()).name()).isEqualTo("credit-retrain-outcomes");
        assertThat(platform.dataset(version.datasetId()).rows()).isEqualTo(150);
        assertThat(platform.deployment("credit-retrain").ref()).isEqualTo(trained);
    }

    @Test
    void alertRulesReadTheTrafficAndPerformanceOfTheDeployment() {
        serveAndReport("credit-alerts", 60);
        Map<String, String> broken = new HashMap<>(rows.get(0));
        broken.put("credit_amount", "a lot");
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> platform.predict("credit-alerts", broken)).isInstanceOf(PlatformException.class);
        }
        platform.flushPredictionLog(Duration.ofSeconds(30));
        platform.saveAlertRule(new AlertRuleSpec("credit-alerts errors", "credit-alerts", AlertMetric.ERROR_RATE, null,
                Comparison.GREATER, 0.2, Duration.ofMinutes(5), AlertSeverity.WARNING, false, true));
        platform.saveAlertRule(new AlertRuleSpec("credit-alerts recall", "credit-alerts", AlertMetric.RECALL, null,
                Comparison.GREATER_OR_EQUAL, 0, Duration.ofMinutes(5), AlertSeverity.INFO, false, true));
        platform.evaluateAlerts();
        Map<String, Double> fired = new HashMap<>();
        platform.alerts(false).stream().filter(alert -> alert.deployment().equals("credit-alerts"))
                .forEach(alert -> fired.put(alert.ruleName(), alert.value()));
        assertThat(fired).containsEntry("credit-alerts errors", 20 / 80.0);
        assertThat(fired).containsEntry("credit-alerts recall",
                platform.performance("credit-alerts", Duration.ofMinutes(5)).recall());
    }

    private TrainingJob serveAndRetrain(String deployment, int count) {
        serveAndReport(deployment, count);
        return platform.retrain(deployment, HOUR);
    }
}

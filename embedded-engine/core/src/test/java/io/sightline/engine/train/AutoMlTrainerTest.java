package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoMlTrainerTest {
    private static final AutoMlConfig CONFIG = AutoMlConfig.defaults();

    @TempDir
    Path dir;

    /** The standard candidates without the slow forest, for tests that are about the search, not the learners. */
    private static AutoMlTrainer quickTrainer() {
        return new AutoMlTrainer(task -> CandidateTrainer.forTask(task).stream()
                .filter(c -> !c.name().equals("random forest")).toList());
    }

    @Test
    void sameDataAndSeedGiveTheSameLeaderboard() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        AutoMlResult first = new AutoMlTrainer().train(iris, "class", Task.MULTICLASS, CONFIG, null, null);
        AutoMlResult second = new AutoMlTrainer().train(iris, "class", Task.MULTICLASS, CONFIG, null, null);
        assertThat(scores(second)).isEqualTo(scores(first));
        assertThat(second.importances()).isEqualTo(first.importances());
        assertThat(second.testEvaluation()).isEqualTo(first.testEvaluation());

        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult a = quickTrainer().train(credit, "class", Task.BINARY, CONFIG, null, null);
        AutoMlResult b = quickTrainer().train(credit, "class", Task.BINARY, CONFIG, null, null);
        assertThat(scores(b)).isEqualTo(scores(a));
        AutoMlResult otherSeed = quickTrainer().train(credit, "class", Task.BINARY, CONFIG.withSeed(7), null, null);
        assertThat(scores(otherSeed)).isNotEqualTo(scores(a));
    }

    private static List<String> scores(AutoMlResult result) {
        return result.leaderboard().stream()
                .map(c -> c.name() + " " + c.cvScore() + " " + c.cvStd() + " " + c.cvMetrics())
                .toList();
    }

    @Test
    void leaderboardIsSortedBestFirstAndResultIsComplete() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult result = quickTrainer().train(credit, "class", Task.BINARY, CONFIG, null, null);

        assertThat(result.leaderboard()).hasSize(3).allMatch(CandidateResult::ok);
        // yes/no candidates are ranked by what their decisions are judged by, accuracy unless told otherwise
        assertThat(result.leaderboard()).allMatch(c -> c.metric().equals("accuracy") && c.higherIsBetter());
        List<Double> ranked = result.leaderboard().stream().map(CandidateResult::cvScore).toList();
        assertThat(ranked).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(result.bestCandidate()).isEqualTo(result.leaderboard().get(0).name());
        assertThat(result.leaderboard()).allSatisfy(c -> {
            assertThat(c.cvMetrics()).containsKeys("auc", "accuracy", "precision", "recall", "f1");
            assertThat(c.cvStd()).isPositive();
            assertThat(c.predictMicrosPerRow()).isPositive();
        });

        CandidateResult best = result.best();
        assertThat(result.metrics()).containsEntry("cv_accuracy", best.cvScore())
                .containsKeys("test_auc", "test_accuracy", "test_precision", "test_recall", "test_f1");
        assertThat(result.params()).containsEntry("folds", "5").containsEntry("seed", "42")
                .containsEntry("testFraction", "0.2").containsEntry("rows", "1000")
                .containsEntry("trainingRows", "800").containsEntry("testRows", "200")
                .containsEntry("positiveLabel", "bad")
                .containsEntry("threshold", String.format(Locale.ROOT, "%.6g", result.model().threshold()))
                .containsEntry("thresholdChosenFor", "accuracy")
                .containsAllEntriesOf(best.params());
        assertThat(result.timingsMillis()).containsKeys("cross-validation", "refit", "evaluation", "total");

        // the minority class is the positive one, and labels keep their spelling
        assertThat(result.testEvaluation().positiveLabel()).isEqualTo("bad");
        assertThat(result.testEvaluation().labels()).containsExactly("bad", "good");
        assertThat(result.testEvaluation().rows()).isEqualTo(200);
        assertThat(result.testEvaluation().roc()).isNotEmpty().hasSizeLessThanOrEqualTo(200);
        assertThat(result.crossValidation().rows()).isEqualTo(800);
        assertThat(result.crossValidation().metrics()).isEqualTo(best.cvMetrics());
        long pooled = result.crossValidation().confusion().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
        assertThat(pooled).isEqualTo(800);
        assertThat(result.model().schema().labels()).containsExactly("bad", "good");
        assertThat(result.model().schema().inputs()).hasSize(20);
    }

    @Test
    void theYesNoModelAnswersAtTheThresholdChosenForItsObjectiveAndKeepsItInItsFile() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult result = onlyLogistic().train(credit, "class", Task.BINARY,
                CONFIG.withObjective(DecisionObjective.f1()), null, null);
        TrainedModel model = TrainedModel.fromBytes(result.model().toBytes());
        double threshold = model.threshold();
        // finding the 30 % of bad credits pays for F1: the threshold goes well below even odds
        assertThat(threshold).isEqualTo(result.model().threshold()).isBetween(0.05, 0.45);
        assertThat(result.best().metric()).isEqualTo("f1");
        int belowEvenOdds = 0;
        for (int row = 0; row < credit.rowCount(); row++) {
            ModelPrediction prediction = model.predict(TestTables.row(credit, row, "class"));
            double bad = prediction.probabilities().get("bad");
            assertThat(prediction.label()).isEqualTo(bad >= threshold ? "bad" : "good");
            belowEvenOdds += bad >= threshold && bad < 0.5 ? 1 : 0;
        }
        assertThat(belowEvenOdds).as("rows flagged only thanks to the threshold").isPositive();
        assertThat(result.testEvaluation().metric("recall")).isGreaterThan(0.6);
    }

    @Test
    void theShippedModelIsTheBestAtItsDecisionsAndBeatsGuessingWhenAnyCandidateDoes() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult result = quickTrainer().train(credit, "class", Task.BINARY, CONFIG.withTestFraction(0), null,
                null);
        double shipped = result.best().cvMetrics().get("accuracy");
        assertThat(result.leaderboard()).allSatisfy(c -> assertThat(c.cvMetrics().get("accuracy"))
                .isLessThanOrEqualTo(shipped));
        double guessing = result.baseline().metric("accuracy");
        assertThat(result.leaderboard()).anySatisfy(c -> assertThat(c.cvMetrics().get("accuracy")).isGreaterThan(guessing));
        assertThat(shipped).isGreaterThan(guessing);
        // the pooled out-of-fold confusion shows the decisions made at the chosen thresholds
        long[] flagged = {0};
        result.crossValidation().confusion().forEach(row -> flagged[0] += row.get(0));
        assertThat(flagged[0]).isPositive();
    }

    @Test
    void onValueRangesAloneTheShippedModelBeatsGuessing() {
        // like the breast cancer recurrence data: every input a category of ranges, 1 case in 3 positive
        java.util.Random random = new java.util.Random(3);
        int n = 300;
        String[] ages = new String[n];
        String[] sizes = new String[n];
        String[] nodes = new String[n];
        String[] outcome = new String[n];
        for (int i = 0; i < n; i++) {
            int age = 2 + random.nextInt(6);
            int size = random.nextInt(11);
            int node = Math.min(5, (int) (-Math.log(1 - random.nextDouble()) / 1.2));
            ages[i] = age * 10 + "-" + (age * 10 + 9);
            sizes[i] = size * 5 + "-" + (size * 5 + 4);
            nodes[i] = node * 3 + "-" + (node * 3 + 2);
            double risk = 0.5 * node + 0.12 * size + 0.5 * random.nextGaussian();
            outcome[i] = risk > 1.1 ? "recurrence" : "none";
        }
        Table table = new Table(List.of(Column.of("age", ColumnType.CATEGORICAL, ages),
                Column.of("tumor_size", ColumnType.CATEGORICAL, sizes),
                Column.of("inv_nodes", ColumnType.CATEGORICAL, nodes),
                Column.of("class", ColumnType.CATEGORICAL, outcome)));
        AutoMlResult result = new AutoMlTrainer().train(table, "class", Task.BINARY, CONFIG.withTestFraction(0),
                null, null);
        assertThat(result.model().pipeline().featureNames()).containsExactly("age", "tumor_size", "inv_nodes");
        assertThat(result.best().cvMetrics().get("accuracy"))
                .isGreaterThan(result.baseline().metric("accuracy") + 0.04);
        assertThat(result.best().cvMetrics().get("auc")).isGreaterThan(0.75);
        // the ranges' numbers travel with the model file, which an older reader would refuse as too new
        TrainedModel read = TrainedModel.fromBytes(result.model().toBytes());
        assertThat(read.pipeline().inputs()).allMatch(InputEncoding::numberPerLevel);
        for (int row = 0; row < 20; row++) {
            Map<String, String> cells = TestTables.row(table, row, "class");
            assertThat(read.predict(cells)).isEqualTo(result.model().predict(cells));
        }
    }

    @Test
    void baselineIsTheMajorityShareOfTheTestRows() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult result = onlyLogistic().train(credit, "class", Task.BINARY, CONFIG, null, null);
        // credit-g: 700 good, 300 bad; a stratified 20% holds out 140 good and 60 bad
        assertThat(result.baseline().metric("accuracy")).isCloseTo(140.0 / 200, within(1e-12));
        assertThat(result.baseline().metric("auc")).isCloseTo(0.5, within(1e-12));
        assertThat(result.baseline().metric("recall")).isZero(); // never predicts the positive class, 'bad'
        assertThat(result.baseline().description()).contains("'good'");
        List<List<Long>> confusion = result.testEvaluation().confusion();
        assertThat(confusion.get(1).stream().mapToLong(Long::longValue).sum()).isEqualTo(140);
    }

    @Test
    void regressionBaselinePredictsTheTrainingMean() {
        Table diabetes = TestTables.sample(dir, SampleData.DIABETES);
        AutoMlResult result = onlyLinear().train(diabetes, "target", Task.REGRESSION, CONFIG, null, null);
        int[] labelled = IntStream.range(0, diabetes.rowCount()).toArray();
        CrossValidation.Fold split = CrossValidation.holdout(labelled, null, 0.2, CONFIG.seed());
        Column y = diabetes.column("target");
        double mean = IntStream.of(split.train()).mapToDouble(y::number).average().orElseThrow();
        double squares = IntStream.of(split.validation()).mapToDouble(r -> Math.pow(y.number(r) - mean, 2)).sum();
        assertThat(result.baseline().metric("rmse"))
                .isCloseTo(Math.sqrt(squares / split.validation().length), within(1e-9));
        assertThat(result.baseline().metric("r2")).isLessThanOrEqualTo(0.0);
        assertThat(result.testEvaluation().metric("rmse")).isLessThan(result.baseline().metric("rmse"));
        assertThat(result.leaderboard().get(0).metric()).isEqualTo("rmse");
        assertThat(result.leaderboard().get(0).higherIsBetter()).isFalse();
    }

    @Test
    void importancesArePerSourceColumnAndSumToOne() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        AutoMlResult result = quickTrainer().train(credit, "class", Task.BINARY, CONFIG, null, null);
        List<FeatureImportance> importances = result.importances();
        assertThat(importances.stream().mapToDouble(FeatureImportance::importance).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(importances).extracting(FeatureImportance::column)
                .doesNotHaveDuplicates()
                .isSubsetOf(credit.columnNames())
                .doesNotContain("class");
        assertThat(importances).extracting(FeatureImportance::importance)
                .isSortedAccordingTo((x, y) -> Double.compare(y, x))
                .allMatch(v -> v >= 0);
        // checking account status is the strongest signal in German credit, by any method
        assertThat(importances.subList(0, 3)).extracting(FeatureImportance::column).contains("checking_status");
    }

    @Test
    void importancesWithoutTestRowsComeFromTheValidationFolds() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        AutoMlResult result = quickTrainer().train(iris, "class", Task.MULTICLASS, CONFIG.withTestFraction(0), null, null);
        assertThat(result.testEvaluation()).isNull();
        assertThat(result.metrics()).containsKey("cv_accuracy").doesNotContainKey("test_accuracy");
        assertThat(result.importances().stream().mapToDouble(FeatureImportance::importance).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(result.importances().get(0).column()).startsWith("petal");
        assertThat(result.baseline().metric("accuracy")).isLessThan(0.4); // three balanced classes
    }

    @Test
    void cancellingStopsBeforeTheNextFold() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        AtomicBoolean cancel = new AtomicBoolean();
        List<TrainingProgress> events = new CopyOnWriteArrayList<>();
        TrainingListener listener = p -> {
            events.add(p);
            if (p.fold() == 1) {
                cancel.set(true);
            }
        };
        assertThatThrownBy(() -> new AutoMlTrainer().train(iris, "class", Task.MULTICLASS, CONFIG, listener, cancel::get))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        // folds run side by side, one per thread of the search's pool: those already begun when the cancel came
        // may have said so, and no other
        assertThat(events).filteredOn(p -> p.fold() > 0)
                .hasSizeBetween(1, Math.min(CONFIG.folds() - 1, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aTinyBudgetFinishesTheFirstCandidateAndMarksTheRestOutOfTime() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        AutoMlResult result = new AutoMlTrainer().train(iris, "class", Task.MULTICLASS,
                CONFIG.withBudget(Duration.ofMillis(1)), null, null);
        assertThat(result.leaderboard()).hasSize(4);
        CandidateResult first = result.leaderboard().get(0);
        assertThat(first.name()).isEqualTo("logistic regression");
        assertThat(first.ok()).isTrue();
        assertThat(result.leaderboard().subList(1, 4)).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo("out of time");
            assertThat(c.note()).contains("time budget");
        });
        assertThat(result.bestCandidate()).isEqualTo("logistic regression");
        assertThat(result.model().predict(TestTables.row(iris, 0, "class")).label()).isEqualTo("Iris-setosa");
    }

    @Test
    void aFailingCandidateIsReportedAndTheSearchGoesOn() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        CandidateTrainer broken = new CandidateTrainer("broken", "Broken", Map.of(), false, (p, seed) -> {
            throw new IllegalStateException("no such learner");
        });
        AutoMlTrainer trainer = new AutoMlTrainer(task -> List.of(broken, CandidateTrainer.forTask(task).get(1)));
        AutoMlResult result = trainer.train(iris, "class", Task.MULTICLASS, CONFIG, null, null);
        assertThat(result.bestCandidate()).isEqualTo("decision tree");
        CandidateResult failed = result.leaderboard().get(1);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.note()).contains("no such learner");
    }

    @Test
    void progressCountsCandidatesAndFoldsWithAFractionThatNeverGoesBack() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        List<TrainingProgress> events = new ArrayList<>();
        new AutoMlTrainer().train(iris, "class", Task.MULTICLASS, CONFIG.withFolds(3), events::add, null);

        assertThat(events.get(0).phase()).isEqualTo("preparing");
        assertThat(events).extracting(TrainingProgress::phase).containsSubsequence(
                "preparing", "cross-validating", "refitting", "evaluating");
        // folds run side by side, so their events come in no fixed order: each fold of each candidate once
        List<TrainingProgress> folds = events.stream().filter(p -> p.fold() > 0).toList();
        assertThat(folds).extracting(p -> p.candidate() + "/" + p.fold()).containsExactlyInAnyOrder(
                "1/1", "1/2", "1/3", "2/1", "2/2", "2/3", "3/1", "3/2", "3/3", "4/1", "4/2", "4/3");
        for (TrainingProgress p : folds) {
            assertThat(p.candidates()).isEqualTo(4);
            assertThat(p.folds()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Trying " + p.candidateName() + " (" + p.candidate() + " of 4), fold "
                    + p.fold() + " of 3");
        }
        assertThat(folds).filteredOn(p -> p.candidate() == 3).extracting(TrainingProgress::candidateName)
                .containsOnly("random forest");
        assertThat(events).extracting(TrainingProgress::fraction)
                .isSortedAccordingTo(Double::compare)
                .allMatch(f -> f >= 0 && f <= 1);
        assertThat(events.get(events.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(events).filteredOn(p -> p.finishedCandidate() != null).hasSize(4);
        assertThat(events).extracting(TrainingProgress::elapsedMillis).isSortedAccordingTo(Long::compare);
    }

    @Test
    void impossibleInputIsRefusedInPlainWords() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        InvalidInput.assertRefused(() -> new AutoMlTrainer().train(iris, "species", Task.MULTICLASS, CONFIG, null, null),
                "There is no column 'species'");

        String[] one = new String[20];
        java.util.Arrays.fill(one, "yes");
        Table oneClass = new Table(List.of(
                Column.of("x", ColumnType.NUMERIC, IntStream.range(0, 20).mapToObj(String::valueOf).toArray(String[]::new)),
                Column.of("y", ColumnType.CATEGORICAL, one)));
        InvalidInput.assertRefused(() -> new AutoMlTrainer().train(oneClass, "y", Task.BINARY, CONFIG, null, null),
                "only one value ('yes')");

        InvalidInput.assertRefused(() -> new AutoMlTrainer().train(iris, "class", Task.BINARY, CONFIG, null, null),
                "exactly two");

        Table idsOnly = new Table(List.of(
                iris.column("sepallength").withType(ColumnType.IDENTIFIER),
                iris.column("petalwidth").withType(ColumnType.TEXT),
                iris.column("class")));
        InvalidInput.assertRefused(() -> new AutoMlTrainer().train(idsOnly, "class", Task.MULTICLASS, CONFIG, null, null),
                "No column can be used to predict 'class'");
    }

    @Test
    void rowsWithoutTargetAreLeftOut() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        String[] labels = new String[iris.rowCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 10 == 0 ? null : iris.column("class").value(i);
        }
        List<Column> columns = new ArrayList<>(iris.columns().subList(0, 4));
        columns.add(Column.of("class", ColumnType.CATEGORICAL, labels));
        AutoMlResult result = onlyLogistic().train(new Table(columns), "class", Task.MULTICLASS, CONFIG, null, null);
        assertThat(result.params()).containsEntry("rows", "135");
        assertThat(result.testEvaluation().rows() + result.crossValidation().rows()).isEqualTo(135);
    }

    private static AutoMlTrainer onlyLogistic() {
        return new AutoMlTrainer(task -> List.of(CandidateTrainer.forTask(task).get(0)));
    }

    private static AutoMlTrainer onlyLinear() {
        return onlyLogistic();
    }
}

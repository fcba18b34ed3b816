package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.ensemble.EnsembleCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.regression.Regressor;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * The compiled tree scorer against Tribuo's own predictions, row by row: every CART candidate on the shipped
 * samples, after a round trip through bytes, with missing cells and unseen categories, with gaps in training
 * (missing indicators), and ensembles with uneven weights and ties.
 */
class CompiledForestTest {
    private static final double EXACT = 1e-12;
    /** Tribuo's trees for any task: the category candidates, whose forest is a voting ensemble of CART trees. */
    private static final AutoMlTrainer TRIBUO_TREES = new AutoMlTrainer(
            task -> CandidateTrainer.forTask(Task.MULTICLASS));
    /** A forest of Tribuo's regression trees averaged, as models saved before the forests were XGBoost's are. */
    private static final CandidateTrainer AVERAGING_FOREST = new CandidateTrainer("random forest",
            "Random forest (CART, averaging)", Map.of(), false, (p, seed) -> new RandomForestTrainer<>(
                    new CARTRegressionTrainer(Integer.MAX_VALUE, 1f, 0f, 0.5f, false, new MeanSquaredError(), seed),
                    new AveragingCombiner(), 20, seed));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        SampleData.CREDIT_G + ", class, BINARY",
        SampleData.BREAST_CANCER + ", target, BINARY",
        SampleData.IRIS + ", class, MULTICLASS",
        SampleData.DIABETES + ", target, REGRESSION"})
    void everyTreeCandidateScoresEveryRowAsTribuoDoes(String sample, String target, Task task) {
        Table table = TestTables.sample(dir, sample);
        // the yes/no and number forests are XGBoost's (scored on their boosters); the others are Tribuo's trees
        List<CandidateTrainer> trees = CandidateTrainer.forTask(task).stream()
                .filter(c -> c.algorithm().contains("CART")).toList();
        assertThat(trees).hasSize(task == Task.MULTICLASS ? 2 : 1);
        AutoMlTrainer trainer = new AutoMlTrainer(t -> trees);
        int[] all = IntStream.range(0, table.rowCount()).toArray();
        for (CandidateTrainer candidate : trees) {
            String what = sample + " " + candidate.name();
            TrainedModel model = trainer.fit(table, target, task, candidate.name(), 42L);
            double[][] features = model.pipeline().encode(table, all);
            BatchScores tribuo = model.tribuoScores(features);
            assertThat(model.compiled()).as(what).isTrue();
            assertSameScores(model.score(features), tribuo, what);
            assertSingleRowsAsTribuo(model, variants(table, target), what);

            TrainedModel copy = TrainedModel.fromBytes(model.toBytes());
            assertThat(copy.compiled()).as(what + " after reading").isTrue();
            assertSameScores(copy.score(features), tribuo, what + " after reading");
            assertSingleRowsAsTribuo(copy, variants(table, target), what + " after reading");
        }
    }

    @Test
    void missingIndicatorsLearnedFromGapsAreReadAsTribuoReadsThem() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        Table gappy = withGaps(credit, List.of("age", "duration", "purpose", "savings_status"));
        for (String name : List.of("decision tree", "random forest")) {
            TrainedModel model = TRIBUO_TREES.fit(gappy, "class", Task.BINARY, name, 7L);
            assertThat(model.pipeline().featureNames()).contains("age" + InputEncoding.MISSING_SUFFIX);
            assertCompiledAsTribuo(model, allRows(model, gappy), name + " with gaps");
            assertSingleRowsAsTribuo(model, variants(gappy, "class"), name + " with gaps");
        }
    }

    @Test
    void weightedVotesAndTiesFollowTribuosCombiner() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        TrainedModel forest = TRIBUO_TREES.fit(credit, "class", Task.BINARY, "random forest", 3L);
        List<Model<Label>> trees = members(forest, Label.class, 5);
        double[][] features = allRows(forest, credit);

        // an even number of equal votes ties on some rows: the first label in Tribuo's id order must win
        TrainedModel even = ensemble(forest, trees.subList(0, 4), new VotingCombiner(), new float[] {1, 1, 1, 1});
        BatchScores tribuo = even.tribuoScores(features);
        long ties = IntStream.range(0, features.length)
                .filter(i -> tribuo.scores()[i][0] == tribuo.scores()[i][1]).count();
        assertThat(ties).as("rows with a tied vote").isPositive();
        assertThat(even.compiled()).isTrue();
        assertSameScores(even.score(features), tribuo, "four equal votes");

        assertCompiledAsTribuo(ensemble(forest, trees, new VotingCombiner(), new float[] {0.5f, 1.5f, 0.25f, 2f, 0.7f}),
                features, "uneven votes");
    }

    @Test
    void weightedAveragesFollowTribuosRunningMean() {
        Table diabetes = TestTables.sample(dir, SampleData.DIABETES);
        TrainedModel forest = new AutoMlTrainer(task -> List.of(AVERAGING_FOREST))
                .fit(diabetes, "target", Task.REGRESSION, "random forest", 3L);
        List<Model<Regressor>> trees = members(forest, Regressor.class, 6);
        float[] weights = {0.3f, 2f, 1f, 0.1f, 1.7f, 0.9f};
        assertCompiledAsTribuo(ensemble(forest, trees, new AveragingCombiner(), weights), allRows(forest, diabetes),
                "uneven average");
    }

    @Test
    void anUnsupportedCombinerIsLeftToTribuo() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        TrainedModel forest = new AutoMlTrainer().fit(iris, "class", Task.MULTICLASS, "random forest", 3L);
        TrainedModel full = ensemble(forest, members(forest, Label.class, 3), new FullyWeightedVotingCombiner(),
                new float[] {1, 1, 1});
        assertThat(full.compiled()).isFalse();
        Map<String, String> row = TestTables.row(iris, 0, "class");
        assertThat(full.predict(row).label()).isEqualTo("Iris-setosa");
        assertThat(full.predictBatch(List.of(row))).containsExactly(full.predict(row));
    }

    /** Every row of the table, then every row again with one input blank, null or an unseen category. */
    private static List<Map<String, String>> variants(Table table, String target) {
        List<Column> inputs = table.columns().stream().filter(c -> !c.name().equals(target)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            rows.add(TestTables.row(table, i, target));
        }
        for (int i = 0; i < table.rowCount(); i++) {
            Map<String, String> row = new LinkedHashMap<>(TestTables.row(table, i, target));
            Column changed = inputs.get(i % inputs.size());
            switch (i % 3) {
                case 0 -> row.put(changed.name(), "");
                case 1 -> row.put(changed.name(), changed.type() == ColumnType.CATEGORICAL ? "never seen " + i : null);
                default -> row.put(changed.name(), "  ");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Table withGaps(Table table, List<String> gapped) {
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            String[] cells = new String[table.rowCount()];
            for (int r = 0; r < cells.length; r++) {
                cells[r] = gapped.contains(column.name()) && r % 5 == 2 ? null : column.value(r);
            }
            columns.add(Column.of(column.name(), column.type(), cells));
        }
        return new Table(columns);
    }

    @SuppressWarnings("unchecked") // the forest of a task holds models of that task's output
    private static <T extends Output<T>> List<Model<T>> members(TrainedModel forest, Class<T> output, int count) {
        WeightedEnsembleModel<T> ensemble = (WeightedEnsembleModel<T>) forest.tribuoModel();
        assertThat(ensemble.validate(output)).isTrue();
        return new ArrayList<>(ensemble.getModels().subList(0, count));
    }

    private static <T extends Output<T>> TrainedModel ensemble(TrainedModel like, List<Model<T>> trees,
                                                              EnsembleCombiner<T> combiner, float[] weights) {
        Model<T> model = WeightedEnsembleModel.createEnsembleFromExistingModels("test ensemble", trees, combiner,
                weights);
        return new TrainedModel(like.pipeline(), like.schema(), "test ensemble", like.positiveLabel(), model);
    }

    /** Single-row predictions (strict encoding) against Tribuo's prediction of the same features. */
    private static void assertSingleRowsAsTribuo(TrainedModel model, List<Map<String, String>> rows, String what) {
        double[][] features = rows.stream().map(row -> model.pipeline().encode(row)).toArray(double[][]::new);
        BatchScores tribuo = model.tribuoScores(features);
        for (int i = 0; i < rows.size(); i++) {
            ModelPrediction p = model.predict(rows.get(i));
            String row = what + " row " + i;
            if (tribuo.values() != null) {
                assertThat(p.value()).as(row).isCloseTo(tribuo.values()[i], within(EXACT));
                continue;
            }
            List<String> labels = model.schema().labels();
            assertThat(p.label()).as(row).isEqualTo(labels.get(tribuo.predicted()[i]));
            assertThat(p.probabilities().isEmpty()).as(row).isEqualTo(!tribuo.probabilistic());
            for (int l = 0; tribuo.probabilistic() && l < labels.size(); l++) {
                assertThat(p.probabilities().get(labels.get(l))).as(row)
                        .isCloseTo(tribuo.scores()[i][l], within(EXACT));
            }
        }
        assertThat(model.predictBatch(rows)).as(what).isEqualTo(rows.stream().map(model::predict).toList());
    }

    private static double[][] allRows(TrainedModel model, Table table) {
        return model.pipeline().encode(table, IntStream.range(0, table.rowCount()).toArray());
    }

    private static void assertCompiledAsTribuo(TrainedModel model, double[][] features, String what) {
        assertThat(model.compiled()).as(what).isTrue();
        assertSameScores(model.score(features), model.tribuoScores(features), what);
    }

    private static void assertSameScores(BatchScores compiled, BatchScores tribuo, String what) {
        if (tribuo.values() != null) {
            assertThat(compiled.values()).as(what).hasSameSizeAs(tribuo.values());
            for (int i = 0; i < tribuo.values().length; i++) {
                assertThat(compiled.values()[i]).as(what + " row " + i).isCloseTo(tribuo.values()[i], within(EXACT));
            }
            return;
        }
        assertThat(compiled.predicted()).as(what).containsExactly(tribuo.predicted());
        assertThat(compiled.probabilistic()).as(what).isEqualTo(tribuo.probabilistic());
        assertThat(compiled.scores() == null).as(what).isEqualTo(tribuo.scores() == null);
        for (int i = 0; tribuo.scores() != null && i < tribuo.scores().length; i++) {
            assertThat(compiled.scores()[i]).as(what + " row " + i).containsExactly(tribuo.scores()[i], within(EXACT));
        }
    }
}

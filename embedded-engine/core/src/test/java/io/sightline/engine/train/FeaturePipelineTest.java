package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {
    private static final Table TABLE = new Table(List.of(
            Column.of("id", ColumnType.IDENTIFIER, new String[] {"a1", "a2", "a3", "a4", "a5", "a6"}),
            Column.of("note", ColumnType.TEXT, new String[] {"x", "y", "z", "w", "v", "u"}),
            Column.of("age", ColumnType.NUMERIC, new String[] {"10", null, "30", "50", "1000", "2000"}),
            Column.of("same", ColumnType.NUMERIC, new String[] {"7", "7", "7", "7", "7", "7"}),
            Column.of("colour", ColumnType.CATEGORICAL, new String[] {"red", "blue", "red", null, "green", "pink"}),
            Column.of("when", ColumnType.DATETIME,
                    new String[] {"1970-01-02", "1970-01-01T00:01:00", "1970-01-03 00:00:00", "1970-01-01T00:00:10Z",
                            "1970-01-01T01:00:00+01:00", null}),
            Column.of("y", ColumnType.CATEGORICAL, new String[] {"no", "yes", "no", "yes", "no", "yes"})));

    /** Fitted on the first four rows only: what rows 4 and 5 hold must not leak into the statistics. */
    private static final int[] TRAIN = {0, 1, 2, 3};

    @Test
    void dropsIdentifiersFreeTextConstantsAndTheTarget() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TABLE, TRAIN, "y", false);
        assertThat(pipeline.inputs()).extracting(InputEncoding::column).containsExactly("age", "colour", "when");
    }

    @Test
    void numbersAreImputedWithTheTrainingMedianAndFlaggedWhenMissing() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TABLE, TRAIN, "y", false);
        assertThat(pipeline.featureNames()).containsExactly("age", "age#missing", "colour=blue", "colour=red", "when");
        InputEncoding age = pipeline.inputs().get(0);
        assertThat(age.fill()).isEqualTo(30.0); // median of 10, 30, 50; not of 1000 and 2000 outside the fold
        assertThat(age.min()).isEqualTo(10.0);
        assertThat(age.max()).isEqualTo(50.0);
        double[][] rows = pipeline.encode(TABLE, new int[] {1, 4});
        assertThat(rows[0]).containsExactly(30, 1, 1, 0, 60);
        assertThat(rows[1]).containsExactly(1000, 0, 0, 0, 0); // unseen colour: no level set
    }

    @Test
    void scalingStandardisesWithTrainingStatistics() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TABLE, TRAIN, "y", true);
        double[][] rows = pipeline.encode(TABLE, TRAIN);
        double mean = 0;
        double squares = 0;
        for (double[] row : rows) {
            mean += row[0] / rows.length;
        }
        for (double[] row : rows) {
            squares += (row[0] - mean) * (row[0] - mean) / rows.length;
        }
        assertThat(mean).isCloseTo(0, within(1e-12));
        assertThat(squares).isCloseTo(1, within(1e-12));
        assertThat(rows[0][2]).isZero(); // one-hot features stay 0/1
        assertThat(rows[0][3]).isEqualTo(1.0);
    }

    @Test
    void categoriesImputeTheMostFrequentAndGroupTheRarestBeyondTheCap() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TABLE, TRAIN, "y", false);
        InputEncoding colour = pipeline.inputs().get(1);
        assertThat(colour.mostFrequent()).isEqualTo("red");
        assertThat(pipeline.encode(TABLE, new int[] {3})[0]).containsExactly(50, 0, 0, 1, 10);

        int n = FeaturePipeline.MAX_LEVELS + 30; // 20 rows of one level, 60 singletons: 61 levels
        String[] codes = new String[n];
        String[] target = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = i < 20 ? "common" : "code" + i;
            target[i] = i % 2 == 0 ? "a" : "b";
        }
        Table wide = new Table(List.of(Column.of("code", ColumnType.CATEGORICAL, codes),
                Column.of("t", ColumnType.CATEGORICAL, target)));
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        FeaturePipeline grouped = FeaturePipeline.fit(wide, all, "t", false);
        assertThat(grouped.featureCount()).isEqualTo(FeaturePipeline.MAX_LEVELS + 1);
        assertThat(grouped.featureNames()).contains("code=common", "code=(other)");
        Map<String, String> rare = new HashMap<>(Map.of("code", "code" + (n - 1)));
        double[] features = grouped.encode(rare);
        assertThat(features[features.length - 1]).isEqualTo(1.0);
    }

    @Test
    void datesBecomeSecondsSince1970ReadInTheOrderOfTheTrainingColumn() {
        assertThat(dateFeature(new String[] {"1970-01-02", "1970-01-03", "1970-01-01T00:01:00Z"}, "1970-01-02"))
                .isEqualTo(86_400);
        // 13/01/1970 can only be day first, so 02/01/1970 is the second of January
        assertThat(dateFeature(new String[] {"13/01/1970", "03/01/1970", "04/01/1970"}, "02/01/1970"))
                .isEqualTo(86_400);
        // 01/13/1970 can only be month first, so 01/02/1970 is the second of January too
        assertThat(dateFeature(new String[] {"01/13/1970", "01/03/1970", "01/04/1970"}, "01/02/1970"))
                .isEqualTo(86_400);
        assertThat(dateFeature(new String[] {"1970-01-02", "1970-01-03", "1970-01-04"}, "1970-01-01T01:00:00+01:00"))
                .isEqualTo(0);
    }

    /** The (unscaled) feature of {@code cell} in a pipeline fitted on a date column of {@code training} values. */
    private static double dateFeature(String[] training, String cell) {
        String[] target = new String[training.length];
        java.util.Arrays.fill(target, "a");
        target[0] = "b";
        Table table = new Table(List.of(Column.of("when", ColumnType.DATETIME, training),
                Column.of("y", ColumnType.CATEGORICAL, target)));
        FeaturePipeline pipeline = FeaturePipeline.fit(table, java.util.stream.IntStream.range(0, training.length)
                .toArray(), "y", false);
        return pipeline.encode(Map.of("when", cell))[0];
    }

    @Test
    void aBadDateIsRefusedInPlainWords() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TABLE, TRAIN, "y", false);
        Map<String, String> row = new HashMap<>(Map.of("age", "3", "colour", "red", "when", "soon"));
        InvalidInput.assertRefused(() -> pipeline.encode(row), "'when' must be a date such as 2024-03-31");
    }

    @Test
    void orderedRangesAreOneNumberAndAnUnseenRangeTakesTheMostFrequent() {
        Table table = new Table(List.of(
                Column.of("age", ColumnType.CATEGORICAL, new String[] {"30-39", "40-49", "40-49", "<30", null, "50-59"}),
                Column.of("y", ColumnType.CATEGORICAL, new String[] {"no", "yes", "no", "yes", "no", "yes"})));
        FeaturePipeline pipeline = FeaturePipeline.fit(table, new int[] {0, 1, 2, 3, 4}, "y", false);
        assertThat(pipeline.featureNames()).containsExactly("age");
        assertThat(pipeline.fieldSpecs().get(0).categories()).containsExactly("30-39", "40-49", "<30");
        double[][] rows = pipeline.encode(table, new int[] {0, 1, 3, 4, 5});
        assertThat(rows).isDeepEqualTo(new double[][] {{34.5}, {44.5}, {25.5}, {44.5}, {44.5}});
        // missing and unseen: the most frequent level's number

        FeaturePipeline scaled = FeaturePipeline.fit(table, new int[] {0, 1, 2, 3, 4}, "y", true);
        double mean = 0;
        for (double[] row : scaled.encode(table, new int[] {0, 1, 2, 3, 4})) {
            mean += row[0] / 5;
        }
        assertThat(mean).isCloseTo(0, within(1e-12));
    }

    @Test
    void levelsSeenInFewerThanOneRowInTwoHundredAreGrouped() {
        int n = 1000;
        String[] codes = new String[n];
        String[] target = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = i < 4 ? "rare" + (i % 2) : i % 2 == 0 ? "a" : "b";
            target[i] = i % 3 == 0 ? "x" : "y";
        }
        Table table = new Table(List.of(Column.of("code", ColumnType.CATEGORICAL, codes),
                Column.of("t", ColumnType.CATEGORICAL, target)));
        FeaturePipeline pipeline = FeaturePipeline.fit(table, java.util.stream.IntStream.range(0, n).toArray(), "t",
                false);
        assertThat(pipeline.featureNames()).containsExactly("code=a", "code=b", "code=(other)");
        assertThat(pipeline.encode(Map.of("code", "rare1"))).containsExactly(0, 0, 1);
    }

    @Test
    void aColumnOfManyLevelsIsTheTargetMeanPerLevelAndOutOfFoldInTraining() {
        int n = 400;
        String[] shops = new String[n];
        String[] target = new String[n];
        for (int i = 0; i < n; i++) {
            shops[i] = "shop" + (i % 40);
            target[i] = (i % 40) < 10 ? (i % 3 == 0 ? "ok" : "fraud") : (i % 7 == 0 ? "fraud" : "ok");
        }
        Table table = new Table(List.of(Column.of("shop", ColumnType.CATEGORICAL, shops),
                Column.of("y", ColumnType.CATEGORICAL, target)));
        int[] rows = java.util.stream.IntStream.range(0, n).toArray();
        TrainingTarget y = TrainingTarget.of(table, "y", io.sightline.engine.api.Task.BINARY);
        FeaturePipeline pipeline = FeaturePipeline.fit(table, rows, y, false);
        assertThat(pipeline.featureNames()).containsExactly("shop");
        assertThat(pipeline.inputs().get(0).targetEncoded()).isTrue();
        assertThat(y.positiveLabel()).isEqualTo("fraud");
        // shop0 is fraud 6 times in its 10 rows: (6 + 10 × overall share) / (10 + 10); shop20 1 time in 7 or so
        double overall = pipeline.inputs().get(0).fill();
        assertThat(overall).isCloseTo(109.0 / 400, within(1e-12));
        double risky = pipeline.encode(Map.of("shop", "shop0"))[0];
        double safe = pipeline.encode(Map.of("shop", "shop20"))[0];
        assertThat(risky).isCloseTo((6 + 10 * overall) / 20, within(1e-12));
        assertThat(safe).isLessThan(overall);
        assertThat(pipeline.encode(Map.of("shop", "a new shop"))[0]).isEqualTo(pipeline.inputs().get(0).fill());
        // in training, each row's number comes from the other folds: not the same as the full-data mean
        double[][] fit = pipeline.encodeForFit(table, rows, y, 42);
        double[][] served = pipeline.encode(table, rows);
        assertThat(java.util.stream.IntStream.range(0, n).filter(i -> fit[i][0] != served[i][0]).count())
                .isGreaterThan(n / 2);
        // a multiclass target is not encoded this way: its 40 levels stay 0/1 features
        TrainingTarget classes = TrainingTarget.of(table, "y", io.sightline.engine.api.Task.MULTICLASS);
        assertThat(FeaturePipeline.fit(table, rows, classes, false).featureCount()).isEqualTo(40);
    }
}

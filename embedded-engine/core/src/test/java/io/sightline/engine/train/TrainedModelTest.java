package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;

class TrainedModelTest {
    private static final AutoMlTrainer TRAINER = new AutoMlTrainer();

    @TempDir
    Path dir;

    private List<Map<String, String>> rows(Table table, String target, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(TestTables.row(table, i * (table.rowCount() / count), target));
        }
        return rows;
    }

    @Test
    void everyAlgorithmPredictsTheSameAfterARoundTripThroughBytes() {
        roundTrips(TestTables.sample(dir, SampleData.CREDIT_G), "class", Task.BINARY);
        roundTrips(TestTables.sample(dir, SampleData.IRIS), "class", Task.MULTICLASS);
        roundTrips(TestTables.sample(dir, SampleData.DIABETES), "target", Task.REGRESSION);
    }

    private void roundTrips(Table table, String target, Task task) {
        List<Map<String, String>> rows = rows(table, target, 40);
        for (String name : TRAINER.candidateNames(task)) {
            TrainedModel model = TRAINER.fit(table, target, task, name, 42L);
            byte[] bytes = model.toBytes();
            TrainedModel copy = TrainedModel.fromBytes(bytes);

            // compared as hashes, so that a failure does not print kilobytes
            assertThat(Arrays.hashCode(model.toBytes())).as(name + ": the same model, the same bytes")
                    .isEqualTo(Arrays.hashCode(bytes));
            assertThat(copy.schema()).isEqualTo(model.schema());
            assertThat(copy.algorithm()).isEqualTo(model.algorithm());
            List<ModelPrediction> before = model.predictBatch(rows);
            assertThat(copy.predictBatch(rows)).as(name).isEqualTo(before);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(copy.predict(rows.get(i))).as(name + " row " + i).isEqualTo(model.predict(rows.get(i)));
                assertSame(model.predict(rows.get(i)), before.get(i), name);
            }
        }
    }

    /** A single-row prediction agrees with the batched one (to float precision on the direct XGBoost path). */
    private static void assertSame(ModelPrediction single, ModelPrediction batched, String name) {
        assertThat(single.label()).as(name).isEqualTo(batched.label());
        if (batched.value() != null) {
            assertThat(single.value()).as(name).isCloseTo(batched.value(), within(1e-4 * Math.abs(batched.value())));
        }
        assertThat(single.probabilities().keySet()).as(name).isEqualTo(batched.probabilities().keySet());
        batched.probabilities().forEach((label, p) ->
                assertThat(single.probabilities().get(label)).as(name).isCloseTo(p, within(1e-6)));
    }

    @Test
    void theArtifactIsAZipOfProtobufAndJsonInAFixedOrder() throws Exception {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        byte[] bytes = TRAINER.fit(iris, "class", Task.MULTICLASS, "gradient boosting", 1L).toBytes();
        List<String> names = new ArrayList<>();
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                content.put(e.getName(), zip.readAllBytes());
                assertThat(e.getTimeLocal().getYear()).isEqualTo(2000);
            }
        }
        assertThat(names).containsExactly(ModelArtifact.MANIFEST, ModelArtifact.MODEL);
        JsonNode manifest = new ObjectMapper().readTree(content.get(ModelArtifact.MANIFEST));
        assertThat(manifest.get("format").asInt()).isEqualTo(1);
        assertThat(manifest.at("/pipeline/inputs/0/column").asText()).isEqualTo("sepallength");
        assertThat(manifest.at("/schema/labels").toString()).contains("Iris-setosa");
        // a protobuf ModelProto names the Tribuo model class; Java serialization would start with 0xACED
        assertThat(content.get(ModelArtifact.MODEL)[0]).isNotEqualTo((byte) 0xAC);
        assertThat(new String(content.get(ModelArtifact.MODEL), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("org.tribuo.common.xgboost.XGBoostModel");

        assertThatThrownBy(() -> TrainedModel.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE));
    }

    @Test
    void predictionsKeepTheLabelsAsWrittenWithProbabilities() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        TrainedModel model = TRAINER.fit(credit, "class", Task.BINARY, "logistic regression", 42L);
        ModelPrediction p = model.predict(TestTables.row(credit, 0, "class"));
        assertThat(p.label()).isIn("good", "bad");
        assertThat(p.probabilities()).containsOnlyKeys("bad", "good");
        assertThat(p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(p.confidence()).isEqualTo(p.probabilities().get(p.label()));
        assertThat(p.value()).isNull();
        assertThat(model.positiveLabel()).isEqualTo("bad");

        TrainedModel regression = TRAINER.fit(TestTables.sample(dir, SampleData.DIABETES), "target", Task.REGRESSION,
                "linear regression", 42L);
        ModelPrediction v = regression.predict(TestTables.row(TestTables.sample(dir, SampleData.DIABETES), 0, "target"));
        assertThat(v.label()).isNull();
        assertThat(v.value()).isBetween(25.0, 346.0);
        assertThat(v.confidence()).isNaN();
    }

    @Test
    void aModelWithoutProbabilitiesSaysSoWithNaN() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        // a linear SVM scores classes but gives no probabilities
        CandidateTrainer svm = new CandidateTrainer("svm", "Linear SVM", Map.of(), true, (p, seed) ->
                new LibLinearClassificationTrainer(new LinearClassificationType(
                        LinearClassificationType.LinearType.L2R_L2LOSS_SVC), 1.0, 1000, 1e-4, seed));
        TrainedModel model = new AutoMlTrainer(task -> List.of(svm)).fit(iris, "class", Task.MULTICLASS, "svm", 1L);
        ModelPrediction p = model.predict(TestTables.row(iris, 0, "class"));
        assertThat(p.label()).isEqualTo("Iris-setosa");
        assertThat(p.confidence()).isNaN();
        assertThat(p.probabilities()).isEmpty();
        assertThat(model.predictBatch(List.of(TestTables.row(iris, 0, "class")))).containsExactly(p);
    }

    @Test
    void aDecisionTreeGivesTheClassSharesOfItsLeaf() {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        ModelPrediction p = TRAINER.fit(iris, "class", Task.MULTICLASS, "decision tree", 42L)
                .predict(TestTables.row(iris, 0, "class"));
        assertThat(p.label()).isEqualTo("Iris-setosa");
        assertThat(p.confidence()).isEqualTo(1.0); // setosa is split off cleanly at the root
        assertThat(p.probabilities()).containsEntry("Iris-versicolor", 0.0);
    }

    @Test
    void inputsAreCheckedInPlainWords() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        TrainedModel model = TRAINER.fit(credit, "class", Task.BINARY, "gradient boosting", 42L);
        Map<String, String> row = TestTables.row(credit, 0, "class");

        Map<String, String> missing = new LinkedHashMap<>(row);
        missing.remove("age");
        InvalidInput.assertRefused(() -> model.predict(missing), "The field 'age' is missing: every input column of the model"
                + " must be given; leave it empty if unknown");
        InvalidInput.assertRefused(() -> model.predictBatch(List.of(row, missing)), "The field 'age' is missing");

        Map<String, String> text = new LinkedHashMap<>(row);
        text.put("age", "abc");
        InvalidInput.assertRefused(() -> model.predict(text), "'age' must be a number; got 'abc'");

        Map<String, String> lenient = new LinkedHashMap<>(row);
        lenient.put("age", "");                       // unknown: imputed with the training median
        lenient.put("purpose", "space travel");       // unseen category: no one-hot feature set
        lenient.put("checking_status", null);          // unknown category: the most frequent one
        lenient.put("favourite colour", "blue");      // not an input: ignored
        assertThat(model.predict(lenient).label()).isIn("good", "bad");
        assertThat(model.predictBatch(List.of(lenient)).get(0).label()).isEqualTo(model.predict(lenient).label());
    }

    @Test
    void theSchemaDescribesEveryInput() {
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        TrainedModel model = TRAINER.fit(credit, "class", Task.BINARY, "logistic regression", 42L);
        assertThat(model.schema().target()).isEqualTo("class");
        assertThat(model.schema().task()).isEqualTo(Task.BINARY);
        FieldSpec age = model.schema().inputs().stream().filter(f -> f.name().equals("age")).findFirst().orElseThrow();
        assertThat(age.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(age.min()).isEqualTo(19.0);
        assertThat(age.max()).isEqualTo(75.0);
        assertThat(age.example()).isEqualTo("67");
        FieldSpec housing = model.schema().inputs().stream().filter(f -> f.name().equals("housing")).findFirst()
                .orElseThrow();
        assertThat(housing.categories()).containsExactly("for free", "own", "rent");
    }

    @Test
    void provenanceIsJsonNamingTheTrainer() throws Exception {
        Table iris = TestTables.sample(dir, SampleData.IRIS);
        TrainedModel model = TRAINER.fit(iris, "class", Task.MULTICLASS, "random forest", 42L);
        JsonNode provenance = new ObjectMapper().readTree(model.provenanceJson());
        assertThat(provenance.isArray()).isTrue();
        assertThat(model.provenanceJson()).contains("org.tribuo.common.tree.RandomForestTrainer")
                .contains("\"seed\"").contains("tribuo-version");
        assertThat(TrainedModel.fromBytes(model.toBytes()).provenanceJson()).isEqualTo(model.provenanceJson());
    }
}

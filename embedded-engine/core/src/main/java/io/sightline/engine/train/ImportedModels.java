package io.sightline.engine.train;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.external.ExternalScorer;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.Regressor;

/**
 * Models made elsewhere, made servable: a Tribuo model file read from its protobuf form (never Java
 * serialization, so that a file cannot run code), or a file an add-on runs, each fed the dataset's columns as
 * the numbers they hold, unscaled.
 */
public final class ImportedModels {

    private ImportedModels() {
    }

    /** Reads a Tribuo model file; refuses a file that is not one in plain words. */
    public static Model<?> readTribuo(byte[] bytes) {
        try {
            return Model.deserialize(ModelProto.parseFrom(bytes));
        } catch (Exception | LinkageError e) {
            throw new BadFileException(0, "This file is not a Tribuo model file (Tribuo's protobuf format, as"
                    + " written by Model.serializeToFile): " + e.getMessage());
        }
    }

    /** The names of the features a Tribuo model takes, in its own order. */
    public static List<String> featuresOf(Model<?> model) {
        return StreamSupport.stream(model.getFeatureIDMap().spliterator(), false).map(VariableInfo::getName).toList();
    }

    /** The classes a Tribuo classifier predicts, empty for any other model. */
    public static List<String> labelsOf(Model<?> model) {
        if (!model.validate(Label.class)) {
            return List.of();
        }
        return model.getOutputIDInfo().getDomain().stream().map(output -> ((Label) output).getLabel()).sorted()
                .toList();
    }

    /** Whether a Tribuo model predicts numbers. */
    public static boolean regresses(Model<?> model) {
        return model.validate(Regressor.class);
    }

    /** A Tribuo model fed {@code columns} of {@code table}. */
    public static TrainedModel tribuo(Model<?> model, Table table, List<String> columns, ModelSchemaParts parts) {
        FeaturePipeline pipeline = FeaturePipeline.raw(table, allRows(table), columns);
        return new TrainedModel(pipeline, parts.schema(pipeline), "Tribuo " + model.getClass().getSimpleName(),
                null, model);
    }

    /** A model an add-on runs, fed {@code columns} of {@code table}, its file kept as imported. */
    public static TrainedModel external(ModelFormat format, byte[] file, ExternalScorer scorer, Table table,
                                        List<String> columns, ModelSchemaParts parts) {
        FeaturePipeline pipeline = FeaturePipeline.raw(table, allRows(table), columns);
        return new TrainedModel(pipeline, parts.schema(pipeline), format.name(),
                new ImportedFile(format, file, scorer));
    }

    /** The model's metrics on the table's rows whose target is known, named as held-out metrics are. */
    public static Map<String, Double> metrics(TrainedModel model, Table table) {
        ModelSchema schema = model.schema();
        TrainingTarget target = TrainingTarget.of(table, schema.target(), schema.task());
        int[] rows = target.labelledRows();
        BatchScores scores = model.score(table, rows);
        if (target.classification()) {
            scores = inLabelOrder(scores, schema.labels(), target.labels());
        }
        return ModelEvaluator.evaluate(scores, rows, target).metrics();
    }

    /** Scores given in the model's label order, put in the data's (an imported model may order its classes otherwise). */
    private static BatchScores inLabelOrder(BatchScores scores, List<String> modelLabels, List<String> dataLabels) {
        int[] position = modelLabels.stream().mapToInt(dataLabels::indexOf).toArray();
        int n = scores.predicted().length;
        int[] predicted = new int[n];
        double[][] reordered = scores.scores() == null ? null : new double[n][dataLabels.size()];
        for (int i = 0; i < n; i++) {
            predicted[i] = position[scores.predicted()[i]];
            for (int c = 0; reordered != null && c < position.length; c++) {
                if (position[c] >= 0) {
                    reordered[i][position[c]] = scores.scores()[i][c];
                }
            }
        }
        return new BatchScores(predicted, reordered, scores.probabilistic(), null);
    }

    private static int[] allRows(Table table) {
        return IntStream.range(0, table.rowCount()).toArray();
    }

    /** What an imported model's schema says besides its inputs: the column it predicts, the task and the classes. */
    public record ModelSchemaParts(String target, Task task, List<String> labels) {
        ModelSchema schema(FeaturePipeline pipeline) {
            return new ModelSchema(pipeline.fieldSpecs(), target, task, labels);
        }
    }
}

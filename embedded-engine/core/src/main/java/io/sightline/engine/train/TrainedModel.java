package io.sightline.engine.train;

import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import io.sightline.engine.wire.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A model ready to serve: the fitted preprocessing and the Tribuo model behind it, with the schema of the
 * inputs it takes. Saved as a zip of the Tribuo model in its protobuf format and the preprocessing as JSON
 * ({@link #toBytes()}); never Java serialization.
 */
public final class TrainedModel {
    private final FeaturePipeline pipeline;
    private final ModelSchema schema;
    private final String algorithm;
    private final String positiveLabel;
    /**
     * A yes/no model's decision threshold: the positive label is predicted when its score is at least this; NaN
     * for the highest score (multiclass models, regression, and models saved before thresholds were chosen).
     */
    private final double threshold;
    private final Model<Label> classifier;
    private final Model<Regressor> regressor;
    private final String[] featureNames;
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final BoosterScorer booster;
    /** Tree models scored on flat arrays (exactly as Tribuo scores them); null for other models. */
    private volatile CompiledForest forest;
    /** A freshly trained ensemble is compiled on its first prediction (see {@link #forest()}). */
    private volatile boolean compilePending;
    private final EncodingPlan encoder;
    /** For the direct XGBoost path: schema label index of each Tribuo output id. */
    private final int[] labelOfOutputId;
    /** A model imported in a format an add-on runs (ONNX); null for Tribuo models. */
    private final ImportedFile imported;

    TrainedModel(FeaturePipeline pipeline, ModelSchema schema, String algorithm, String positiveLabel, Model<?> model) {
        this(pipeline, schema, algorithm, positiveLabel, model, null);
    }

    /** {@code proto}: the model's protobuf form when it was read from one, else null. */
    TrainedModel(FeaturePipeline pipeline, ModelSchema schema, String algorithm, String positiveLabel, Model<?> model,
                 ModelProto proto) {
        this(pipeline, schema, algorithm, positiveLabel, Double.NaN, model, proto);
    }

    /** {@code threshold}: the positive label's decision threshold, NaN for the highest score. */
    TrainedModel(FeaturePipeline pipeline, ModelSchema schema, String algorithm, String positiveLabel, double threshold,
                 Model<?> model, ModelProto proto) {
        this.imported = null;
        this.threshold = positiveLabel == null ? Double.NaN : threshold;
        this.pipeline = pipeline;
        this.schema = schema;
        this.algorithm = algorithm;
        this.positiveLabel = positiveLabel;
        this.featureNames = pipeline.featureNames().toArray(String[]::new);
        for (int i = 0; i < schema.labels().size(); i++) {
            labelIndex.put(schema.labels().get(i), i);
        }
        if (schema.task().isClassification()) {
            this.classifier = model.castModel(Label.class);
            this.regressor = null;
            this.labelOfOutputId = new int[classifier.getOutputIDInfo().size()];
            for (int id = 0; id < labelOfOutputId.length; id++) {
                labelOfOutputId[id] = labelIndex.get(classifier.getOutputIDInfo().getOutput(id).getLabel());
            }
        } else {
            this.classifier = null;
            this.regressor = model.castModel(Regressor.class);
            this.labelOfOutputId = new int[0];
        }
        this.booster = BoosterScorer.of(model, pipeline.featureNames());
        this.encoder = pipeline.plan();
        // an ensemble's weights come from its protobuf form: at hand when read from an artifact, else costly to
        // make (about as long as saving), which a model trained only to be cross-validated should not pay
        if (booster == null && proto == null && model instanceof WeightedEnsembleModel<?>) {
            this.compilePending = true;
        } else if (booster == null) {
            this.forest = CompiledForest.of(model, proto, pipeline.featureNames(), schema.labels(), classifier != null);
        }
    }

    /**
     * A model run by an add-on: its outputs are read in the order of the schema's labels (classification) or as
     * the number predicted (regression).
     */
    TrainedModel(FeaturePipeline pipeline, ModelSchema schema, String algorithm, ImportedFile imported) {
        this.imported = imported;
        this.pipeline = pipeline;
        this.schema = schema;
        this.algorithm = algorithm;
        this.positiveLabel = null;
        this.threshold = Double.NaN;
        this.featureNames = pipeline.featureNames().toArray(String[]::new);
        for (int i = 0; i < schema.labels().size(); i++) {
            labelIndex.put(schema.labels().get(i), i);
        }
        this.classifier = null;
        this.regressor = null;
        this.labelOfOutputId = new int[0];
        this.booster = null;
        this.encoder = pipeline.plan();
    }

    /** A copy of {@code model} deciding with {@code threshold} (compiled trees and booster shared, not rebuilt). */
    private TrainedModel(TrainedModel model, double threshold) {
        this.imported = model.imported;
        this.pipeline = model.pipeline;
        this.schema = model.schema;
        this.algorithm = model.algorithm;
        this.positiveLabel = model.positiveLabel;
        this.threshold = threshold;
        this.featureNames = model.featureNames;
        this.labelIndex.putAll(model.labelIndex);
        this.classifier = model.classifier;
        this.regressor = model.regressor;
        this.labelOfOutputId = model.labelOfOutputId;
        this.booster = model.booster;
        this.encoder = model.encoder;
        this.forest = model.forest();
        this.compilePending = false;
    }

    static TrainedModel of(FeaturePipeline pipeline, Model<?> model, TrainingTarget target, String algorithm) {
        ModelSchema schema = new ModelSchema(pipeline.fieldSpecs(), target.column(), target.task(), target.labels());
        return new TrainedModel(pipeline, schema, algorithm, target.positiveLabel(), model);
    }

    public ModelSchema schema() {
        return schema;
    }

    public String algorithm() {
        return algorithm;
    }

    /** The label treated as positive for binary metrics (the minority class in training), else null. */
    public String positiveLabel() {
        return positiveLabel;
    }

    /**
     * The score of the positive label from which a yes/no model answers it (chosen by cross-validation for what
     * its decisions are judged by); NaN when the label with the highest score is the answer.
     */
    public double threshold() {
        return threshold;
    }

    /** This model answering the positive label from {@code newThreshold} on (yes/no models only). */
    TrainedModel withThreshold(double newThreshold) {
        if (positiveLabel == null) {
            throw new IllegalStateException("Only a yes/no model has a decision threshold.");
        }
        return new TrainedModel(this, newThreshold);
    }

    /** The Tribuo provenance of the model (trainer, its settings, the data it saw, versions) as JSON. */
    public String provenanceJson() {
        if (imported != null) {
            return Json.write(new TreeMap<>(Map.of("imported", imported.format().name(),
                    "bytes", imported.bytes().length)));
        }
        return ProvenanceJson.render(tribuoModel().getProvenance());
    }

    /**
     * Predicts one row given as column name → cell text. Every input of the schema must be present (an empty
     * string means unknown and is imputed); numbers must parse; unseen categories and extra fields are fine.
     */
    public ModelPrediction predict(Map<String, String> row) {
        double[] features = encoder.encode(row);
        if (imported != null) {
            return predictions(importedScores(new double[][] {features}), 1).get(0);
        }
        if (booster != null) {
            return fromBooster(booster.score(features));
        }
        CompiledForest forest = forest();
        if (forest != null) {
            if (classifier == null) {
                return new ModelPrediction(null, forest.regress(features), Double.NaN, null);
            }
            double[] scores = new double[labelIndex.size()];
            int label = forest.classify(features, scores);
            return classPrediction(label, forest.scored() ? scores : null, forest.probabilistic());
        }
        if (classifier != null) {
            return toPrediction(classifier.predict(example(LabelFactory.UNKNOWN_LABEL, features)));
        }
        return toPrediction(regressor.predict(example(RegressionFactory.UNKNOWN_REGRESSOR, features)));
    }

    /** Predicts many rows in one batched call of the model; same rules as {@link #predict(Map)}. */
    public List<ModelPrediction> predictBatch(List<Map<String, String>> rows) {
        double[][] features = new double[rows.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = encoder.encode(rows.get(i));
        }
        forest(); // a first prediction compiles a freshly trained ensemble
        return predictions(score(features), features.length);
    }

    /**
     * Predicts the table's {@code rows} in one batched call, reading the cells as training did: a cell that does
     * not parse counts as missing rather than being refused.
     */
    public List<ModelPrediction> predictRows(Table table, int[] rows) {
        forest();
        return predictions(score(table, rows), rows.length);
    }

    private List<ModelPrediction> predictions(BatchScores scores, int n) {
        List<ModelPrediction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(schema.task().isClassification()
                    ? classPrediction(scores.predicted()[i], scores.scores() == null ? null : scores.scores()[i],
                            scores.probabilistic())
                    : new ModelPrediction(null, scores.values()[i], Double.NaN, null));
        }
        return out;
    }

    /** The artifact: a zip of the Tribuo model (protobuf) and the preprocessing (JSON), byte-for-byte repeatable. */
    public byte[] toBytes() {
        return ModelArtifact.write(this);
    }

    /** Reads an artifact written by {@link #toBytes()}. */
    public static TrainedModel fromBytes(byte[] bytes) {
        return ModelArtifact.read(bytes);
    }

    FeaturePipeline pipeline() {
        return pipeline;
    }

    Model<?> tribuoModel() {
        return classifier != null ? classifier : regressor;
    }

    /** Scores the table's {@code rows} in one batch (cells that do not parse count as missing). */
    BatchScores score(Table table, int[] rows) {
        return score(encoder.encode(table, rows));
    }

    /** Scores encoded rows: on the compiled trees when there are some by now, else with Tribuo. */
    BatchScores score(double[][] features) {
        if (imported != null) {
            return importedScores(features);
        }
        CompiledForest forest = this.forest;
        return decide(forest != null ? forestScores(forest, features) : tribuoScores(features));
    }

    /** The answers at this model's threshold (unchanged without one, or without scores). */
    private BatchScores decide(BatchScores scores) {
        return Double.isNaN(threshold) ? scores : scores.atThreshold(labelIndex.get(positiveLabel), threshold);
    }

    private int decide(int predicted, double[] scores) {
        return Double.isNaN(threshold) ? predicted
                : BatchScores.decide(predicted, scores, labelIndex.get(positiveLabel), threshold);
    }


    /** The compiled trees, compiling a freshly trained ensemble first; null when the model is not compiled. */
    private CompiledForest forest() {
        if (compilePending) {
            synchronized (this) {
                if (compilePending) {
                    forest = CompiledForest.of(tribuoModel(), null, pipeline.featureNames(), schema.labels(),
                            classifier != null);
                    compilePending = false;
                }
            }
        }
        return forest;
    }

    /** The same shape of scores as Tribuo's path gives, from the compiled trees. */
    private BatchScores forestScores(CompiledForest forest, double[][] features) {
        int n = features.length;
        if (classifier == null) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = forest.regress(features[i]);
            }
            return new BatchScores(null, null, false, values);
        }
        int[] predicted = new int[n];
        double[][] scores = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = new double[labelIndex.size()];
            predicted[i] = forest.classify(features[i], row);
            scores[i] = row;
        }
        boolean scored = n > 0 && forest.scored();
        return new BatchScores(predicted, scored ? scores : null, scored && forest.probabilistic(), null);
    }

    /**
     * The imported model's answers read as this engine's scores: per class in the order of the schema's labels,
     * taken as probabilities when every row's are between 0 and 1 and sum to 1 (a softmax output); else the
     * first value as the number predicted.
     */
    private BatchScores importedScores(double[][] features) {
        int n = features.length;
        double[][] raw = n == 0 ? new double[0][] : imported.scorer().score(features);
        if (!schema.task().isClassification()) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = raw[i][0];
            }
            return new BatchScores(null, null, false, values);
        }
        int[] predicted = new int[n];
        boolean probabilistic = n > 0;
        for (int i = 0; i < n; i++) {
            if (raw[i].length != labelIndex.size()) {
                throw PlatformException.invalid("The imported model gives " + raw[i].length + " scores per row but "
                        + labelIndex.size() + " classes were named for it.");
            }
            double sum = 0;
            for (int c = 0; c < raw[i].length; c++) {
                probabilistic &= raw[i][c] >= 0 && raw[i][c] <= 1;
                sum += raw[i][c];
                if (raw[i][c] > raw[i][predicted[i]]) {
                    predicted[i] = c;
                }
            }
            probabilistic &= Math.abs(sum - 1) < 1e-3;
        }
        return new BatchScores(predicted, raw, probabilistic, null);
    }

    /** The format of the imported file behind this model, or null for a Tribuo model. */
    ImportedFile imported() {
        return imported;
    }

    /** Whether predictions come from compiled trees rather than from Tribuo (compiling them if still due). */
    boolean compiled() {
        return forest() != null;
    }

    /** Tribuo's own predictions for encoded rows, whatever scorer serves the model (tests compare the two). */
    BatchScores tribuoScores(double[][] features) {
        int n = features.length;
        if (classifier != null) {
            List<Example<Label>> examples = new ArrayList<>(n);
            for (double[] f : features) {
                examples.add(example(LabelFactory.UNKNOWN_LABEL, f));
            }
            List<Prediction<Label>> predictions = n == 0 ? List.of() : classifier.predict(examples);
            int[] predicted = new int[n];
            double[][] scores = new double[n][];
            boolean probabilistic = n > 0;
            for (int i = 0; i < n; i++) {
                Prediction<Label> p = predictions.get(i);
                predicted[i] = labelIndex.get(p.getOutput().getLabel());
                scores[i] = scoresOf(p);
                probabilistic &= p.hasProbabilities();
            }
            boolean scored = n > 0 && scores[0] != null;
            return new BatchScores(predicted, scored ? scores : null, probabilistic && scored, null);
        }
        List<Example<Regressor>> examples = new ArrayList<>(n);
        for (double[] f : features) {
            examples.add(example(RegressionFactory.UNKNOWN_REGRESSOR, f));
        }
        List<Prediction<Regressor>> predictions = n == 0 ? List.of() : regressor.predict(examples);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = predictions.get(i).getOutput().getValues()[0];
        }
        return new BatchScores(null, null, false, values);
    }

    private <T extends org.tribuo.Output<T>> Example<T> example(T unknown, double[] features) {
        return new ArrayExample<>(unknown, featureNames, features);
    }

    /** A score per schema label from a prediction's output scores, or null when it has none. */
    private double[] scoresOf(Prediction<Label> p) {
        Map<String, Label> outputScores = p.getOutputScores();
        if (outputScores == null || outputScores.isEmpty()) {
            return null;
        }
        double[] scores = new double[labelIndex.size()];
        outputScores.forEach((name, label) -> scores[labelIndex.get(name)] = label.getScore());
        return scores;
    }

    private ModelPrediction toPrediction(Prediction<?> prediction) {
        if (classifier != null) {
            @SuppressWarnings("unchecked")
            Prediction<Label> p = (Prediction<Label>) prediction;
            return classPrediction(labelIndex.get(p.getOutput().getLabel()), scoresOf(p), p.hasProbabilities());
        }
        return new ModelPrediction(null, ((Regressor) prediction.getOutput()).getValues()[0], Double.NaN, null);
    }

    private ModelPrediction fromBooster(float[][] raw) {
        if (classifier == null) {
            return new ModelPrediction(null, (double) raw[0][0], Double.NaN, null);
        }
        double[] scores = new double[labelIndex.size()];
        int best = -1;
        for (int id = 0; id < raw[0].length; id++) {
            int label = labelOfOutputId[id];
            scores[label] = raw[0][id];
            // the first highest in Tribuo's id order, as Tribuo's converter picks it
            if (best < 0 || raw[0][id] > scores[best]) {
                best = label;
            }
        }
        return classPrediction(best, scores, true);
    }

    private ModelPrediction classPrediction(int modelsAnswer, double[] scores, boolean probabilistic) {
        int predicted = decide(modelsAnswer, scores);
        String label = schema.labels().get(predicted);
        if (!probabilistic || scores == null) {
            return new ModelPrediction(label, null, Double.NaN, null);
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            probabilities.put(schema.labels().get(i), scores[i]);
        }
        return new ModelPrediction(label, null, scores[predicted], probabilities);
    }
}

package io.sightline.engine.train;

import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer.BoosterType;
import org.tribuo.common.xgboost.XGBoostTrainer.LoggingVerbosity;
import org.tribuo.common.xgboost.XGBoostTrainer.TreeMethod;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * One learner the AutoML search tries: a name for people, the algorithm and its settings, whether it wants
 * standardised numbers, and how to build a fresh Tribuo trainer (fresh per fit, so that every fit depends only
 * on its own seed and not on how many fits came before).
 */
record CandidateTrainer(String name, String algorithm, Map<String, String> params, boolean needsScaling,
                        TrainerFactory factory) {

    /** Builds a trainer for {@code featureCount} features, seeded with {@code seed}. */
    @FunctionalInterface
    interface TrainerFactory {
        Trainer<?> create(int featureCount, long seed);
    }

    /** Trees per forest: half the time of 200; bench/automl measures the accuracy they give against scikit-learn. */
    static final int FOREST_TREES = 100;
    static final int BOOSTING_ROUNDS = 200;
    static final int SGD_EPOCHS = 100;
    /** Tribuo's SGD logs the loss every so many steps unless told -1. */
    private static final int QUIET = -1;

    /** The candidates for {@code task}, cheapest first so that a short budget still yields a model. */
    static List<CandidateTrainer> forTask(Task task) {
        return task.isClassification() ? classification(task) : regression();
    }

    private static List<CandidateTrainer> classification(Task task) {
        return List.of(
                task == Task.BINARY ? binaryLogistic() : multinomialLogistic(),
                new CandidateTrainer("decision tree", "Decision tree (CART, Gini)",
                        params("max depth", "6", "min leaf weight", "5"), false,
                        (p, seed) -> new CARTClassificationTrainer(6, 5f, 0f, 1f, false, new GiniIndex(), seed)),
                task == Task.BINARY ? binaryForest() : multiclassForest(),
                new CandidateTrainer("gradient boosting", "Gradient boosting (XGBoost, hist)",
                        boostingParams(), false,
                        (p, seed) -> new XGBoostClassificationTrainer(BoosterType.GBTREE, TreeMethod.HIST,
                                BOOSTING_ROUNDS, 0.05, 0, 4, 1, 0.8, 0.8, 1, 0, 1, LoggingVerbosity.SILENT, seed)));
    }

    /** Random forest for yes/no: XGBoost's, several times faster than Tribuo's for the same accuracy. */
    private static CandidateTrainer binaryForest() {
        return new CandidateTrainer("random forest", "Random forest (XGBoost, hist)", forestParams("sqrt"), false,
                (p, seed) -> new XGBoostClassificationTrainer(1, forest("multi:softprob", sqrtShare(p), seed)));
    }

    /**
     * Random forest for categories: Tribuo's, whose trees vote over all classes at once; XGBoost grows a tree per
     * class, which with many classes is both slower and less accurate (vowel, 11 classes: 0.92 against 0.95).
     */
    private static CandidateTrainer multiclassForest() {
        return new CandidateTrainer("random forest", "Random forest (CART, voting)",
                params("trees", String.valueOf(FOREST_TREES), "features per split", "sqrt"), false,
                (p, seed) -> new RandomForestTrainer<>(
                        new CARTClassificationTrainer(Integer.MAX_VALUE, 1f, 0f, sqrtShare(p), false,
                                new GiniIndex(), seed),
                        new VotingCombiner(), FOREST_TREES, seed));
    }

    /** LIBLINEAR's L2-regularised solver converges tightly, like scikit-learn's default fit. */
    private static CandidateTrainer binaryLogistic() {
        return new CandidateTrainer("logistic regression", "Logistic regression (LIBLINEAR, L2-regularised)",
                params("C", "1.0", "solver", "L2R_LR"), true,
                (p, seed) -> new LibLinearClassificationTrainer(
                        new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 1e-4, seed));
    }

    /**
     * LIBLINEAR fits one-vs-rest for more than two classes, which misses classes lying between others (iris:
     * 0.90 against 0.96); a multinomial fit by SGD does not.
     */
    private static CandidateTrainer multinomialLogistic() {
        return new CandidateTrainer("logistic regression", "Multinomial logistic regression (SGD, AdaGrad)",
                params("epochs", String.valueOf(SGD_EPOCHS), "learning rate", "1.0"), true,
                (p, seed) -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), SGD_EPOCHS,
                        QUIET, 1, seed));
    }

    private static List<CandidateTrainer> regression() {
        return List.of(
                new CandidateTrainer("linear regression", "Linear regression (elastic net, small penalty)",
                        params("alpha", "0.0001", "l1 ratio", "0.5"), true,
                        (p, seed) -> new ElasticNetCDTrainer(1e-4, 0.5, 1e-6, 5000, false, seed)),
                new CandidateTrainer("regression tree", "Regression tree (CART, squared error)",
                        params("max depth", "6", "min leaf weight", "5"), false,
                        (p, seed) -> new CARTRegressionTrainer(6, 5f, 0f, 1f, false, new MeanSquaredError(), seed)),
                new CandidateTrainer("random forest", "Random forest (XGBoost, hist)",
                        forestParams("1/3"), false,
                        (p, seed) -> new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, 1,
                                forest("reg:squarederror", thirdShare(p), seed))),
                new CandidateTrainer("gradient boosting", "Gradient boosting (XGBoost, hist)",
                        boostingParams(), false,
                        (p, seed) -> new XGBoostRegressionTrainer(BoosterType.GBTREE, TreeMethod.HIST,
                                XGBoostRegressionTrainer.RegressionType.LINEAR, BOOSTING_ROUNDS, 0.05, 0, 4, 1,
                                0.8, 0.8, 1, 0, 1, LoggingVerbosity.SILENT, seed)));
    }

    private static Map<String, String> forestParams(String featuresPerSplit) {
        return params("trees", String.valueOf(FOREST_TREES), "features per split", featuresPerSplit,
                "rows per tree", "63%", "tree method", "hist");
    }

    /**
     * XGBoost grown as a random forest: one round of {@link #FOREST_TREES} trees side by side, each on 63 % of the
     * rows (as many distinct rows as a bootstrap sample holds) and a share of the features at each split, grown
     * leaf by leaf without a depth limit, averaged undamped. Far faster than Tribuo's own forest (its splits are
     * found on binned histograms in native code) for the same accuracy.
     */
    private static Map<String, Object> forest(String objective, double featureShare, long seed) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("objective", objective); // Tribuo's own, which it wants named when parameters are given
        parameters.put("booster", "gbtree");
        parameters.put("tree_method", "hist");
        parameters.put("num_parallel_tree", FOREST_TREES);
        parameters.put("eta", 1.0);
        parameters.put("subsample", 0.632);
        parameters.put("colsample_bynode", featureShare);
        parameters.put("grow_policy", "lossguide");
        parameters.put("max_depth", 0);
        parameters.put("max_leaves", 0);
        parameters.put("min_child_weight", 1e-3);
        parameters.put("lambda", 1e-3);
        parameters.put("nthread", 1);
        parameters.put("verbosity", 0);
        parameters.put("seed", seed);
        return parameters;
    }

    private static Map<String, String> boostingParams() {
        return params("rounds", String.valueOf(BOOSTING_ROUNDS), "eta", "0.05", "max depth", "4",
                "subsample", "0.8", "column subsample", "0.8", "tree method", "hist");
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Share of features tried per split: √p of p, as scikit-learn's forests do; Tribuo wants it below 1. */
    private static float sqrtShare(int p) {
        return (float) Math.min(0.99, Math.max(1, Math.sqrt(p)) / p);
    }

    private static float thirdShare(int p) {
        return (float) Math.min(0.99, Math.max(1, p / 3.0) / p);
    }

    /** Fits this candidate on the table's {@code rows}: preprocessing first, then the learner on its output. */
    TrainedModel fit(Table table, int[] rows, TrainingTarget target, long seed) {
        return fit(EncodedRows.of(table, rows, target, needsScaling, seed), rows, target, seed);
    }

    /** Fits this candidate on rows already encoded by the preprocessing it wants ({@link #needsScaling}). */
    TrainedModel fit(EncodedRows encoded, int[] rows, TrainingTarget target, long seed) {
        FeaturePipeline pipeline = encoded.pipeline();
        double[][] features = encoded.features();
        String[] names = pipeline.featureNames().toArray(String[]::new);
        Model<?> model;
        if (target.classification()) {
            MutableDataset<Label> data = dataset(new LabelFactory());
            for (int i = 0; i < rows.length; i++) {
                data.add(new ArrayExample<>(new Label(target.labels().get(target.classes()[rows[i]])), names, features[i]));
            }
            model = train(data, names.length, seed);
        } else {
            MutableDataset<Regressor> data = dataset(new RegressionFactory());
            for (int i = 0; i < rows.length; i++) {
                data.add(new ArrayExample<>(new Regressor(target.column(), target.values()[rows[i]]), names, features[i]));
            }
            model = train(data, names.length, seed);
        }
        return TrainedModel.of(pipeline, model, target, algorithm);
    }

    private static <T extends Output<T>> MutableDataset<T> dataset(OutputFactory<T> factory) {
        return new MutableDataset<>(new SimpleDataSourceProvenance("Sightline training rows", factory), factory);
    }

    @SuppressWarnings("unchecked") // the factory builds a trainer of the task's output type
    private <T extends Output<T>> Model<T> train(MutableDataset<T> data, int featureCount, long seed) {
        Trainer<T> trainer = (Trainer<T>) factory.create(featureCount, seed);
        return trainer.train(data);
    }
}

package io.sightline.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Scores single rows on the boosters of a Tribuo XGBoost model directly. Tribuo's own
 * {@code XGBoostModel.predict(Example)} builds a native matrix per call and leaves it to the garbage collector,
 * which slows serving to a crawl over thousands of calls; here each call frees its matrix at once. The matrix
 * holds the same entries, in the same feature-id order, as Tribuo builds, so the outputs are the same.
 */
final class BoosterScorer {
    private final List<Booster> boosters;
    private final int[] order;
    private final int[] ids;
    private final int width;

    private BoosterScorer(List<Booster> boosters, int[] order, int[] ids, int width) {
        this.boosters = boosters;
        this.order = order;
        this.ids = ids;
        this.width = width;
    }

    /** A scorer for {@code model} when it is an XGBoost model, else null. */
    static BoosterScorer of(Model<?> model, List<String> featureNames) {
        if (!(model instanceof XGBoostModel<?> xgb)) {
            return null;
        }
        ImmutableFeatureMap map = model.getFeatureIDMap();
        List<int[]> known = new ArrayList<>();
        for (int i = 0; i < featureNames.size(); i++) {
            int id = map.getID(featureNames.get(i));
            if (id >= 0) {
                known.add(new int[] {id, i});
            }
        }
        known.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] ids = known.stream().mapToInt(k -> k[0]).toArray();
        int[] order = known.stream().mapToInt(k -> k[1]).toArray();
        return new BoosterScorer(List.copyOf(xgb.getInnerModels()), order, ids, map.size());
    }

    /** The raw output of each booster for one row of features (class probabilities by Tribuo id, or a value). */
    float[][] score(double[] features) {
        float[] data = new float[order.length];
        for (int i = 0; i < order.length; i++) {
            data[i] = (float) features[order[i]];
        }
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(new long[] {0, data.length}, Arrays.copyOf(ids, ids.length), data,
                    DMatrix.SparseType.CSR, width);
            float[][] out = new float[boosters.size()][];
            for (int b = 0; b < boosters.size(); b++) {
                out[b] = boosters.get(b).predict(matrix)[0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the row: " + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }
}

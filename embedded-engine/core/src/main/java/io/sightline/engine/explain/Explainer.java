package io.sightline.engine.explain;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.data.Table;
import io.sightline.engine.registry.PerVersion;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Explains a prediction input by input: each input in turn is replaced by a typical training value
 * ({@link TypicalValues}) and the row scored again, all variants in one batch; an input's effect is the score
 * with its own value minus the score with the typical one. Effects are not additive: inputs that only matter
 * together show little each.
 */
public final class Explainer {
    private static final int KEPT_VERSIONS = 8;

    private final Function<ModelRef, TrainedModel> models;
    private final PerVersion<TypicalValues> typical;

    public Explainer(Function<ModelRef, TrainedModel> models, Function<ModelRef, Table> trainingTables) {
        this.models = models;
        this.typical = new PerVersion<>(KEPT_VERSIONS,
                ref -> TypicalValues.of(trainingTables.apply(ref), models.apply(ref).schema()));
    }

    public Explanation explain(String deployment, ModelRef ref, Map<String, String> row) {
        ArgumentRules.row(row);
        TrainedModel model = models.apply(ref);
        ModelPrediction explained = model.predict(row); // refuses a row the model cannot score, in plain words
        TypicalValues typicalValues = typical.get(ref);
        Score score = Score.of(model, explained);
        List<String> columns = model.schema().inputs().stream().map(FieldSpec::name).toList();
        List<Map<String, String>> variants = new ArrayList<>(columns.size());
        for (String column : columns) {
            Map<String, String> variant = new HashMap<>(row);
            variant.put(column, typicalValues.of(column));
            variants.add(variant);
        }
        List<ModelPrediction> rescored = model.predictBatch(variants);
        double base = score.of(explained);
        List<Explanation.Contribution> contributions = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            double effect = base - score.of(rescored.get(i));
            contributions.add(new Explanation.Contribution(column, row.get(column), effect,
                    ContributionSentence.of(column, row.get(column), typicalValues.of(column), effect, score)));
        }
        contributions.sort(Comparator.comparingDouble((Explanation.Contribution c) -> -Math.abs(c.effect()))
                .thenComparing(Explanation.Contribution::column));
        return new Explanation(deployment, ref, explained.label(), score.shown(explained), contributions);
    }
}

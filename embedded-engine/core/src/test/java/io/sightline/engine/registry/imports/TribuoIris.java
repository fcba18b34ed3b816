package io.sightline.engine.registry.imports;

import io.sightline.engine.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A model made outside Sightline, as a user would bring one: a Tribuo linear model trained directly on the iris
 * sample (features named after its columns), with the rows it was trained on.
 */
public record TribuoIris(LinearSGDModel model, List<Map<String, String>> rows) {
    public static final String TARGET = "class";

    /** Trains on the iris sample at {@code csv} (as {@link SampleData#copyTo} writes it). */
    public static TribuoIris train(Path csv) throws IOException {
        List<Map<String, String>> rows = SampleData.readRows(csv);
        List<String> classes = Files.readAllLines(csv).stream().skip(1)
                .map(line -> line.substring(line.lastIndexOf(',') + 1)).toList();
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            examples.add(example(rows.get(i), labels.generateOutput(classes.get(i))));
        }
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance("iris", labels)));
        LinearSGDModel model = (LinearSGDModel) new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), 20,
                7L).train(data);
        return new TribuoIris(model, rows);
    }

    private static Example<Label> example(Map<String, String> row, Label label) {
        String[] names = row.keySet().toArray(String[]::new);
        double[] values = row.values().stream().mapToDouble(Double::parseDouble).toArray();
        return new ArrayExample<>(label, names, values);
    }

    public Prediction<Label> predict(Map<String, String> row) {
        return model.predict(example(row, LabelFactory.UNKNOWN_LABEL));
    }

    public String label(Map<String, String> row) {
        return predict(row).getOutput().getLabel();
    }

    /**
     * Writes every 5th row with the class this model predicts for it, or on every 10th row another of
     * {@code classes} when {@code wrong}: the expected outputs a user would supply.
     */
    public Path expectedOutputs(Path file, List<String> classes, boolean wrong) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", rows.get(0).keySet()) + "," + TARGET + "\n");
        for (int i = 0; i < rows.size(); i += 5) {
            String label = label(rows.get(i));
            if (wrong && i % 10 == 0) {
                label = classes.get((classes.indexOf(label) + 1) % classes.size());
            }
            csv.append(String.join(",", rows.get(i).values())).append(',').append(label).append('\n');
        }
        return Files.writeString(file, csv);
    }
}

package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.serve.log.PredictionBlock;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.serve.log.TextColumn;
import io.sightline.engine.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The predictions a model version served under a deployment in a time window, read from the prediction log's
 * blocks: the newest {@code limit} of them. Each input of interest is taken from its column as numbers or as
 * categories, whichever the reference column is, without going through text where the log kept numbers.
 */
final class PredictionSample {
    private final List<String> columns;
    private final List<PredictionBlock> blocks;
    /** For each prediction of the sample, the block it is in (an index into {@link #blocks}) and its row there. */
    private final int[] blockOf;
    private final int[] rowOf;

    private PredictionSample(List<String> columns, List<PredictionBlock> blocks, int[] blockOf, int[] rowOf) {
        this.columns = columns;
        this.blocks = blocks;
        this.blockOf = blockOf;
        this.rowOf = rowOf;
    }

    int size() {
        return rowOf.length;
    }

    static PredictionSample read(Database database, String deployment, ModelRef ref, Instant from, Instant to,
                                 List<String> columns, int limit) {
        long fromMicros = PredictionBlocks.micros(from);
        long toMicros = PredictionBlocks.micros(to);
        List<PredictionBlock> blocks = new ArrayList<>();
        int[][] picked = {new int[1024], new int[1024]};
        int[] size = {0};
        new PredictionBlocks(database).forEach(deployment, from, to, true, (c, block) -> {
            boolean kept = false;
            for (int i = block.size() - 1; i >= 0 && size[0] < limit; i--) {
                long at = block.atMicros(i);
                if (block.answered(i) && at >= fromMicros && at < toMicros && block.model(i).equals(ref)) {
                    if (size[0] == picked[0].length) {
                        picked[0] = Arrays.copyOf(picked[0], size[0] * 2);
                        picked[1] = Arrays.copyOf(picked[1], size[0] * 2);
                    }
                    picked[0][size[0]] = blocks.size();
                    picked[1][size[0]++] = i;
                    kept = true;
                }
            }
            if (kept) {
                blocks.add(block);
            }
            return size[0] < limit;
        });
        return new PredictionSample(List.copyOf(columns), blocks, Arrays.copyOf(picked[0], size[0]),
                Arrays.copyOf(picked[1], size[0]));
    }

    /** Input column {@code c} as numbers: NaN where missing, blank or not a number. */
    double[] numbers(int c) {
        TextColumn[] inBlock = inputColumns(columns.get(c));
        double[] values = new double[rowOf.length];
        Arrays.setAll(values, i -> inBlock[blockOf[i]].number(rowOf[i]));
        return values;
    }

    /** Input column {@code c} as categories: the text without surrounding blanks, null where missing or blank. */
    String[] categories(int c) {
        TextColumn[] inBlock = inputColumns(columns.get(c));
        String[] values = new String[rowOf.length];
        Arrays.setAll(values, i -> inBlock[blockOf[i]].category(rowOf[i]));
        return values;
    }

    private TextColumn[] inputColumns(String name) {
        TextColumn[] inBlock = new TextColumn[blocks.size()];
        for (int b = 0; b < inBlock.length; b++) {
            inBlock[b] = blocks.get(b).input(name);
        }
        return inBlock;
    }

    String[] outputs() {
        String[] outputs = new String[rowOf.length];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = blocks.get(blockOf[i]).output(rowOf[i]);
        }
        return outputs;
    }

    /** The confidence of each prediction; null where it gave none. */
    Double[] confidences() {
        Double[] confidences = new Double[rowOf.length];
        for (int i = 0; i < confidences.length; i++) {
            double confidence = blocks.get(blockOf[i]).confidence(rowOf[i]);
            confidences[i] = Double.isNaN(confidence) ? null : confidence;
        }
        return confidences;
    }
}

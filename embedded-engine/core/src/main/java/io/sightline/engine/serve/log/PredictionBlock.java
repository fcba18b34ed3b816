package io.sightline.engine.serve.log;

import com.github.luben.zstd.Zstd;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog.Entry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Up to {@value #MAX_ROWS} predictions of one deployment, a column each: times as deltas, the model version and
 * every text as dictionary codes (or numbers when they are all numbers), numbers as whole numbers or doubles,
 * flags as bit sets, prediction ids as their time's offset and their random bits; compressed with zstd. Read
 * back as primitive arrays: a reader walks rows by index and takes the cells it needs.
 *
 * <p>A row's log id is the block's id times {@value #MAX_ROWS} plus its position: the block is found from it.
 */
public final class PredictionBlock {
    public static final int MAX_ROWS = 1 << 16;
    private static final int FORMAT = 1;
    /** Level 3 compresses a block of credit-g predictions about as well as level 9, several times faster. */
    private static final int LEVEL = 3;
    private static final long RANDOM_BITS = (1L << 52) - 1;

    private final long id;
    private final int size;
    private final long[] atMicros;
    private final ModelRef[] models;
    private final int[] modelCodes;
    private final BitSet shadow;
    private final BitSet failed;
    private final Map<String, TextColumn> inputs;
    private final TextColumn output;
    private final double[] confidence;
    private final double[] latencyMicros;
    private final double[] score;
    private final BitSet timedIds;
    private final long[] idMillis;
    private final long[] idRandom;
    private final TextColumn otherIds;
    private final TextColumn decision;
    private final TextColumn strategy;
    private final TextColumn arm;
    private final TextColumn policy;

    /** A block ready to be stored, with what its index row says of it. */
    public record Encoded(byte[] payload, Instant firstAt, Instant lastAt, int rows, int answered) {
    }

    private PredictionBlock(long id, BlockInput in) {
        this.id = id;
        int format = in.readByte();
        if (format != FORMAT) {
            throw new PlatformException(ErrorCode.INTERNAL, "Prediction log block " + id + " is in format " + format
                    + ", which this version of Sightline cannot read.");
        }
        size = in.readVarInt();
        atMicros = new long[size];
        long previous = 0;
        for (int i = 0; i < size; i++) {
            previous += in.readZigZag();
            atMicros[i] = previous;
        }
        models = new ModelRef[in.readVarInt()];
        for (int m = 0; m < models.length; m++) {
            models[m] = new ModelRef(in.readText(), in.readVarInt());
        }
        modelCodes = new int[size];
        for (int i = 0; i < size; i++) {
            modelCodes[i] = in.readVarInt();
        }
        shadow = in.readBits();
        failed = in.readBits();
        int columns = in.readVarInt();
        inputs = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            String name = in.readText();
            inputs.put(name, TextColumn.read(in, size));
        }
        output = TextColumn.read(in, size);
        confidence = NumberColumn.read(in, size);
        latencyMicros = NumberColumn.read(in, size);
        score = NumberColumn.read(in, size);
        timedIds = in.readBits();
        idMillis = new long[size];
        idRandom = new long[size];
        long[] random = in.readPlanes(timedIds.cardinality(), 7);
        int k = 0;
        for (int i = timedIds.nextSetBit(0); i >= 0; i = timedIds.nextSetBit(i + 1)) {
            idMillis[i] = Math.floorDiv(atMicros[i], 1_000) + in.readZigZag();
            idRandom[i] = random[k++];
        }
        otherIds = TextColumn.read(in, size);
        decision = TextColumn.read(in, size);
        strategy = TextColumn.read(in, size);
        arm = TextColumn.read(in, size);
        policy = TextColumn.read(in, size);
    }

    /** Reads a block stored under {@code id}. */
    public static PredictionBlock decode(long id, byte[] payload) {
        long rawSize = Zstd.getFrameContentSize(payload);
        if (rawSize < 0 || rawSize > Integer.MAX_VALUE) {
            throw new PlatformException(ErrorCode.INTERNAL, "Prediction log block " + id + " is damaged.");
        }
        return new PredictionBlock(id, new BlockInput(Zstd.decompress(payload, (int) rawSize)));
    }

    /** Encodes predictions of one deployment, at most {@value #MAX_ROWS} of them, in the order given. */
    public static Encoded encode(List<Entry> entries) {
        int n = entries.size();
        if (n == 0 || n > MAX_ROWS) {
            throw new IllegalArgumentException("A block holds 1 to " + MAX_ROWS + " predictions, not " + n);
        }
        BlockOutput out = new BlockOutput();
        out.writeByte(FORMAT);
        out.writeVarLong(n);
        long[] micros = new long[n];
        long previous = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            micros[i] = micros(entries.get(i).at());
            out.writeZigZag(micros[i] - previous);
            previous = micros[i];
            first = Math.min(first, micros[i]);
            last = Math.max(last, micros[i]);
        }
        writeModels(out, entries);
        BitSet shadows = new BitSet(n);
        BitSet failures = new BitSet(n);
        int answered = 0;
        for (int i = 0; i < n; i++) {
            Entry entry = entries.get(i);
            shadows.set(i, entry.shadow());
            failures.set(i, entry.isFailure());
            answered += entry.shadow() || entry.isFailure() ? 0 : 1;
        }
        out.writeBits(shadows);
        out.writeBits(failures);
        writeInputs(out, entries);
        TextColumn.write(out, texts(entries, e -> e.isFailure() ? null : e.output()), n);
        NumberColumn.write(out, numbers(entries, Entry::confidence), n);
        NumberColumn.write(out, numbers(entries, Entry::latencyMicros), n);
        NumberColumn.write(out, numbers(entries, e -> e.score() == null ? Double.NaN : e.score()), n);
        writeIds(out, entries, micros);
        TextColumn.write(out, texts(entries, e -> e.decision() == null ? null : e.decision().name()), n);
        TextColumn.write(out, texts(entries, Entry::strategy), n);
        TextColumn.write(out, texts(entries, Entry::arm), n);
        TextColumn.write(out, texts(entries, e -> e.policy() == null ? null : e.policy().name()), n);
        return new Encoded(Zstd.compress(out.toByteArray(), LEVEL), instant(first), instant(last), n, answered);
    }

    private static void writeModels(BlockOutput out, List<Entry> entries) {
        Map<ModelRef, Integer> codes = new LinkedHashMap<>();
        int[] coded = new int[entries.size()];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = codes.computeIfAbsent(entries.get(i).model(), ref -> codes.size());
        }
        out.writeVarLong(codes.size());
        for (ModelRef ref : codes.keySet()) {
            out.writeText(ref.model());
            out.writeVarLong(ref.version());
        }
        for (int code : coded) {
            out.writeVarLong(code);
        }
    }

    /** A column per input name any of the predictions has; a null cell is the empty text it means to a model. */
    private static void writeInputs(BlockOutput out, List<Entry> entries) {
        int n = entries.size();
        Map<String, String[]> columns = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, String> cell : entries.get(i).inputs().entrySet()) {
                String[] column = columns.computeIfAbsent(cell.getKey(), name -> new String[n]);
                column[i] = cell.getValue() == null ? "" : cell.getValue();
            }
        }
        out.writeVarLong(columns.size());
        for (Map.Entry<String, String[]> column : columns.entrySet()) {
            out.writeText(column.getKey());
            TextColumn.write(out, column.getValue(), n);
        }
    }

    /** Ids made by {@link PredictionIds} as their millisecond's offset from the row's and their random bits. */
    private static void writeIds(BlockOutput out, List<Entry> entries, long[] micros) {
        int n = entries.size();
        BitSet timed = new BitSet(n);
        long[] random = new long[n];
        long[] offsets = new long[n];
        String[] others = new String[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            String id = entries.get(i).predictionId();
            OptionalLong millis = PredictionIds.millisOf(id);
            if (millis.isPresent()) {
                timed.set(i);
                offsets[k] = millis.getAsLong() - Math.floorDiv(micros[i], 1_000);
                random[k++] = PredictionIds.randomOf(id);
            } else {
                others[i] = id;
            }
        }
        out.writeBits(timed);
        out.writePlanes(random, k, 7);
        for (int i = 0; i < k; i++) {
            out.writeZigZag(offsets[i]);
        }
        TextColumn.write(out, others, n);
    }

    private static String[] texts(List<Entry> entries, Function<Entry, String> cell) {
        String[] texts = new String[entries.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = cell.apply(entries.get(i));
        }
        return texts;
    }

    private static double[] numbers(List<Entry> entries, ToDoubleFunction<Entry> cell) {
        double[] numbers = new double[entries.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = cell.applyAsDouble(entries.get(i));
        }
        return numbers;
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    public long id() {
        return id;
    }

    public int size() {
        return size;
    }

    /** The id of row {@code row} in the whole log: the block's id and the row's position in it. */
    public long logId(int row) {
        return id * MAX_ROWS + row;
    }

    public long atMicros(int row) {
        return atMicros[row];
    }

    public Instant at(int row) {
        return instant(atMicros[row]);
    }

    public ModelRef model(int row) {
        return models[modelCodes[row]];
    }

    public boolean shadow(int row) {
        return shadow.get(row);
    }

    public boolean failed(int row) {
        return failed.get(row);
    }

    /** A prediction answered: neither a shadow's nor a refused request's. */
    public boolean answered(int row) {
        return !shadow.get(row) && !failed.get(row);
    }

    /** The names of the inputs any prediction of the block has, in the order first seen. */
    public Iterable<String> inputNames() {
        return inputs.keySet();
    }

    /** The input's column; one without any value when no prediction of the block has that input. */
    public TextColumn input(String name) {
        TextColumn column = inputs.get(name);
        return column == null ? TextColumn.absent(size) : column;
    }

    /** The inputs of a row as column name to text. */
    public Map<String, String> inputs(int row) {
        Map<String, String> cells = new HashMap<>();
        for (Map.Entry<String, TextColumn> column : inputs.entrySet()) {
            String text = column.getValue().text(row);
            if (text != null) {
                cells.put(column.getKey(), text);
            }
        }
        return cells;
    }

    /** The label or the value the prediction gave as text; empty for a failure. */
    public String output(int row) {
        String text = output.text(row);
        return text == null ? "" : text;
    }

    public TextColumn outputs() {
        return output;
    }

    /** The confidence, NaN when there was none. */
    public double confidence(int row) {
        return confidence[row];
    }

    public double latencyMicros(int row) {
        return latencyMicros[row];
    }

    /** The score, null when there was none. */
    public Double score(int row) {
        return Double.isNaN(score[row]) ? null : score[row];
    }

    public String predictionId(int row) {
        return timedIds.get(row) ? PredictionIds.of(idMillis[row], idRandom[row] & RANDOM_BITS) : otherIds.text(row);
    }

    /**
     * The first and last millisecond of the block's ids made by {@link PredictionIds} (their time is in the id),
     * or null when it has none.
     */
    public long[] idMillisRange() {
        if (timedIds.isEmpty()) {
            return null;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = timedIds.nextSetBit(0); i >= 0; i = timedIds.nextSetBit(i + 1)) {
            first = Math.min(first, idMillis[i]);
            last = Math.max(last, idMillis[i]);
        }
        return new long[] {first, last};
    }

    /** The block's ids of other shapes, which carry no time. */
    public Set<String> otherIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String other = otherIds.text(i);
            if (other != null) {
                ids.add(other);
            }
        }
        return ids;
    }

    /** The strategy's decision; {@link Decision#ALLOW} when none decided. */
    public Decision decision(int row) {
        String name = decision.text(row);
        return name == null ? Decision.ALLOW : Decision.valueOf(name);
    }

    public String strategy(int row) {
        return strategy.text(row);
    }

    /** The traffic policy's arm that answered; null outside a policy. */
    public String arm(int row) {
        return arm.text(row);
    }

    public PolicyKind policy(int row) {
        String name = policy.text(row);
        return name == null ? null : PolicyKind.valueOf(name);
    }
}

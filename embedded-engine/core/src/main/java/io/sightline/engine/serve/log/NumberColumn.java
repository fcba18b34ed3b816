package io.sightline.engine.serve.log;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A column of numbers in a block, NaN where there is none (a regression's confidence, a prediction without a
 * score). Written as whole numbers of a fixed scale when every value is one exactly (latencies measured in
 * nanoseconds are whole at a scale of 1,000), else as doubles by byte plane; read back bit for bit.
 */
final class NumberColumn {
    private static final int SCALED = 0;
    private static final int DOUBLES = 1;
    private static final long[] SCALES = {1, 1_000};
    private static final long EXACT = 1L << 53;

    private NumberColumn() {
    }

    static void write(BlockOutput out, double[] values, int count) {
        BitSet present = new BitSet(count);
        long[] kept = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                present.set(i);
                kept[n++] = Double.doubleToRawLongBits(values[i]);
            }
        }
        out.writeBits(present);
        for (int s = 0; s < SCALES.length; s++) {
            long[] scaled = scaled(kept, n, SCALES[s]);
            if (scaled != null) {
                out.writeByte(SCALED);
                out.writeByte(s);
                for (int i = 0; i < n; i++) {
                    out.writeZigZag(scaled[i]);
                }
                return;
            }
        }
        out.writeByte(DOUBLES);
        out.writePlanes(kept, n, Long.BYTES);
    }

    /** The values times {@code scale} as whole numbers, or null when one of them would not read back the same. */
    private static long[] scaled(long[] bits, int count, long scale) {
        long[] scaled = new long[count];
        for (int i = 0; i < count; i++) {
            double value = Double.longBitsToDouble(bits[i]);
            long whole = Math.round(value * scale);
            if (Math.abs(whole) >= EXACT || Double.compare((double) whole / scale, value) != 0) {
                return null;
            }
            scaled[i] = whole;
        }
        return scaled;
    }

    static double[] read(BlockInput in, int count) {
        BitSet present = in.readBits();
        int n = present.cardinality();
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        int kind = in.readByte();
        if (kind == SCALED) {
            double scale = SCALES[in.readByte()];
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                values[i] = in.readZigZag() / scale;
            }
        } else {
            long[] bits = in.readPlanes(n, Long.BYTES);
            int k = 0;
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                values[i] = Double.longBitsToDouble(bits[k++]);
            }
        }
        return values;
    }
}

package io.sightline.engine.serve.release;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Keeps an entity on one arm: its key (such as a customer id) hashes to a point of [0, 1) that is the same on
 * every run, machine and JVM for the same salt, so with the same shares it always lands on the same arm. A new
 * salt (a new experiment) deals the keys afresh.
 */
public final class StickyRouter {
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    // the multipliers of MurmurHash3's 128-bit x64 variant
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private StickyRouter() {
    }

    /**
     * A stable, well-mixed point of [0, 1) for {@code key} under {@code salt}: the UTF-8 bytes are folded eight at
     * a time as in MurmurHash3, then finished with its 64-bit avalanche, and the top 53 bits taken as the fraction.
     * Not {@link String#hashCode()}, whose 32 bits cluster for similar keys.
     */
    public static double unitInterval(String key, long salt) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long hash = finish(salt ^ C2);
        int whole = bytes.length & ~7;
        for (int at = 0; at < whole; at += 8) {
            hash = fold(hash, (long) LITTLE_ENDIAN_LONGS.get(bytes, at));
        }
        long tail = 0;
        for (int at = bytes.length - 1; at >= whole; at--) {
            tail = (tail << 8) | (bytes[at] & 0xffL);
        }
        hash = fold(hash, tail);
        return (finish(hash ^ bytes.length) >>> 11) * 0x1.0p-53;
    }

    /** The arm {@code key} sticks to under these shares (in the map's order) and salt. */
    public static String arm(Map<String, Double> shares, String key, long salt) {
        return ThompsonSampler.choose(shares, unitInterval(key, salt));
    }

    private static long fold(long hash, long block) {
        long mixed = Long.rotateLeft(block * C1, 31) * C2;
        return Long.rotateLeft(hash ^ mixed, 27) * 5 + 0x52dce729;
    }

    /** MurmurHash3's fmix64: every input bit flips each output bit with a chance of about one half. */
    private static long finish(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

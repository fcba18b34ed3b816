package io.sightline.engine.serve.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/** A growable byte array that a block is written into: variable-length integers, byte planes, bit sets, text. */
final class BlockOutput {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    /** Unsigned LEB128: small numbers (codes, counts, deltas) take one or two bytes. */
    void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    /** Signed numbers, zigzag-encoded so that small negative ones stay short too. */
    void writeZigZag(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void writeBits(BitSet bits) {
        byte[] packed = bits.toByteArray();
        writeVarLong(packed.length);
        ensure(packed.length);
        System.arraycopy(packed, 0, bytes, size, packed.length);
        size += packed.length;
    }

    /**
     * The low {@code width} bytes of each value, byte plane by byte plane (all lowest bytes first): the bytes that
     * vary little across rows (a double's sign and exponent) end up side by side, where the compressor finds them.
     */
    void writePlanes(long[] values, int count, int width) {
        ensure(count * width);
        for (int plane = 0; plane < width; plane++) {
            int shift = 8 * plane;
            for (int i = 0; i < count; i++) {
                bytes[size++] = (byte) (values[i] >>> shift);
            }
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

package io.sightline.engine.serve.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/** Reads what {@link BlockOutput} wrote, in the same order. */
final class BlockInput {
    private final byte[] bytes;
    private int position;

    BlockInput(byte[] bytes) {
        this.bytes = bytes;
    }

    int readByte() {
        return bytes[position++] & 0xFF;
    }

    long readVarLong() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    int readVarInt() {
        return Math.toIntExact(readVarLong());
    }

    long readZigZag() {
        long raw = readVarLong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    String readText() {
        int length = readVarInt();
        String text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    BitSet readBits() {
        int length = readVarInt();
        BitSet bits = BitSet.valueOf(ByteBuffer.wrap(bytes, position, length));
        position += length;
        return bits;
    }

    /** {@code count} values of {@code width} bytes each, written by {@link BlockOutput#writePlanes}. */
    long[] readPlanes(int count, int width) {
        long[] values = new long[count];
        for (int plane = 0; plane < width; plane++) {
            int shift = 8 * plane;
            for (int i = 0; i < count; i++) {
                values[i] |= (long) (bytes[position++] & 0xFF) << shift;
            }
        }
        return values;
    }
}

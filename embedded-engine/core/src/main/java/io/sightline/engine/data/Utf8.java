package io.sightline.engine.data;

/** Checks UTF-8 byte sequences as the Unicode standard defines them (no overlong forms, no surrogates). */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The length of the valid UTF-8 sequence that starts at {@code bytes[at]} (a byte of 0x80 or above), 0 when
     * it may be valid but runs past {@code limit}, or -1 when it is invalid.
     */
    static int sequenceLength(byte[] bytes, int at, int limit) {
        int lead = bytes[at] & 0xff;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead < 0xC2) {
            return -1; // a continuation byte without a lead, or an overlong two-byte form
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            }
        } else if (lead < 0xF5) {
            length = 4;
            if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            if (at + k >= limit) {
                return 0;
            }
            int b = bytes[at + k] & 0xff;
            if (k == 1 ? b < low || b > high : (b & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }
}

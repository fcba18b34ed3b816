package io.sightline.engine.serve.log;

import io.sightline.engine.data.Numbers;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of texts in a block (an input, the output, an arm's name), null where a prediction has none. Written
 * as whole numbers when every text is one in its plain form ("41", "-3"), as doubles when every text is a
 * double as Java writes it ("0.25"), else as a dictionary of the distinct texts and a code per row: each way
 * reads back the very texts written. Read back as primitive arrays, with each reader's view of a cell — the
 * text, a number, a category — taken from them without parsing a row twice.
 */
public final class TextColumn {
    private static final int WHOLE = 0;
    private static final int DOUBLES = 1;
    private static final int DICTIONARY = 2;

    private final int kind;
    private final BitSet present;
    private final long[] numbers;
    private final String[] dictionary;
    private final int[] codes;
    private double[] dictionaryNumbers;
    private String[] dictionaryCategories;

    private TextColumn(int kind, BitSet present, long[] numbers, String[] dictionary, int[] codes) {
        this.kind = kind;
        this.present = present;
        this.numbers = numbers;
        this.dictionary = dictionary;
        this.codes = codes;
    }

    static void write(BlockOutput out, String[] values, int count) {
        BitSet present = new BitSet(count);
        for (int i = 0; i < count; i++) {
            if (values[i] != null) {
                present.set(i);
            }
        }
        out.writeBits(present);
        long[] whole = new long[count];
        if (allWhole(values, count, whole)) {
            out.writeByte(WHOLE);
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                out.writeZigZag(whole[i]);
            }
        } else if (allDoubles(values, count, whole)) {
            out.writeByte(DOUBLES);
            long[] kept = new long[count];
            int n = 0;
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                kept[n++] = whole[i];
            }
            out.writePlanes(kept, n, Long.BYTES);
        } else {
            out.writeByte(DICTIONARY);
            Map<String, Integer> codes = new HashMap<>();
            int[] coded = new int[count];
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                coded[i] = codes.computeIfAbsent(values[i], text -> codes.size());
            }
            String[] distinct = new String[codes.size()];
            codes.forEach((text, code) -> distinct[code] = text);
            out.writeVarLong(distinct.length);
            for (String text : distinct) {
                out.writeText(text);
            }
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                out.writeVarLong(coded[i]);
            }
        }
    }

    /** True when every text present is a whole number written plainly; {@code whole} gets them. */
    private static boolean allWhole(String[] values, int count, long[] whole) {
        for (int i = 0; i < count; i++) {
            if (values[i] != null && !plainWhole(values[i], whole, i)) {
                return false;
            }
        }
        return true;
    }

    /** A whole number as {@link Long#toString} writes it: no sign but '-', no leading zeros, no "-0". */
    private static boolean plainWhole(String text, long[] into, int at) {
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int digits = length - start;
        if (digits < 1 || digits > 18 || (text.charAt(start) == '0' && (digits > 1 || negative))) {
            return false;
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        into[at] = negative ? -value : value;
        return true;
    }

    /** True when every text present is a double as {@link Double#toString} writes it; {@code bits} gets them. */
    private static boolean allDoubles(String[] values, int count, long[] bits) {
        for (int i = 0; i < count; i++) {
            String text = values[i];
            if (text == null) {
                continue;
            }
            if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
                return false;
            }
            try {
                double value = Double.parseDouble(text);
                if (!Double.toString(value).equals(text)) {
                    return false;
                }
                bits[i] = Double.doubleToRawLongBits(value);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    static TextColumn read(BlockInput in, int count) {
        BitSet present = in.readBits();
        int kind = in.readByte();
        if (kind == WHOLE || kind == DOUBLES) {
            long[] numbers = new long[count];
            if (kind == WHOLE) {
                for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                    numbers[i] = in.readZigZag();
                }
            } else {
                long[] kept = in.readPlanes(present.cardinality(), Long.BYTES);
                int k = 0;
                for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                    numbers[i] = kept[k++];
                }
            }
            return new TextColumn(kind, present, numbers, null, null);
        }
        String[] dictionary = new String[in.readVarInt()];
        for (int d = 0; d < dictionary.length; d++) {
            dictionary[d] = in.readText();
        }
        int[] codes = new int[count];
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            codes[i] = in.readVarInt();
        }
        return new TextColumn(kind, present, null, dictionary, codes);
    }

    /** A column of {@code count} rows with no value in any. */
    static TextColumn absent(int count) {
        return new TextColumn(DICTIONARY, new BitSet(count), null, new String[0], new int[count]);
    }

    public boolean present(int row) {
        return present.get(row);
    }

    /** The text as it was logged; null when the row has none. */
    public String text(int row) {
        if (!present.get(row)) {
            return null;
        }
        return switch (kind) {
            case WHOLE -> Long.toString(numbers[row]);
            case DOUBLES -> Double.toString(Double.longBitsToDouble(numbers[row]));
            default -> dictionary[codes[row]];
        };
    }

    /** The cell as a number, as {@link Numbers#parse} reads its text: NaN when missing, blank or not a number. */
    public double number(int row) {
        if (!present.get(row)) {
            return Double.NaN;
        }
        return switch (kind) {
            case WHOLE -> numbers[row];
            case DOUBLES -> Double.longBitsToDouble(numbers[row]);
            default -> dictionaryNumbers()[codes[row]];
        };
    }

    /** The cell as a category: its text without surrounding blanks; null when missing or blank. */
    public String category(int row) {
        if (!present.get(row)) {
            return null;
        }
        return kind == DICTIONARY ? dictionaryCategories()[codes[row]] : text(row);
    }

    private double[] dictionaryNumbers() {
        if (dictionaryNumbers == null) {
            double[] parsed = new double[dictionary.length];
            for (int d = 0; d < parsed.length; d++) {
                parsed[d] = Numbers.parse(dictionary[d]);
            }
            dictionaryNumbers = parsed;
        }
        return dictionaryNumbers;
    }

    private String[] dictionaryCategories() {
        if (dictionaryCategories == null) {
            String[] stripped = new String[dictionary.length];
            for (int d = 0; d < stripped.length; d++) {
                String text = dictionary[d].strip();
                stripped[d] = text.isEmpty() ? null : text;
            }
            dictionaryCategories = stripped;
        }
        return dictionaryCategories;
    }
}

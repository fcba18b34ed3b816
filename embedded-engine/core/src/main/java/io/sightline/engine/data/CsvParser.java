package io.sightline.engine.data;

import io.sightline.engine.api.BadFileException;
import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A streaming reader of the records of a CSV file, one at a time, straight from its bytes.
 *
 * <p>It reads RFC 4180: fields in double quotes may hold the delimiter, line breaks and doubled quotes
 * ({@code ""}); spaces before an opening quote and after a closing one are ignored; line ends are LF, CRLF or
 * CR. The file must be UTF-8 (a byte order mark is skipped); invalid UTF-8 and NUL bytes are refused with the
 * line they are on. Lines with nothing on them are skipped. The first record is the header; every later
 * record must have as many values as the header. Every byte read is hashed with SHA-256 (on the read-ahead
 * thread), so one pass gives both the records and the digest of the exact file.
 *
 * <p>Memory is bounded: one buffer holding at least the current record, which may not exceed the record
 * limit (a quote left open would otherwise swallow the rest of the file).
 */
public final class CsvParser implements Closeable {
    private static final int FIRST_READ = 64 * 1024;
    static final int BUFFER = 1 << 20;
    private static final int NEED_MORE = -1;
    /** Bytes the eight-at-a-time number path may look at past the start of a value. */
    private static final int WORD_PATH_ROOM = 24;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** scan() found more cells than a batch row holds. */
    private static final int TOO_WIDE = -2;
    /** What {@link #fill} stopped at. */
    static final int BATCH_FULL = 0;
    static final int BUFFER_END = 1;
    static final int FILE_END = 2;
    /** Byte classes inside an unquoted value: 0 ordinary, 1 ends or breaks it, 2 starts a UTF-8 sequence. */
    private static final byte ORDINARY = 0;
    private static final byte SPECIAL = 1;
    private static final byte MULTI_BYTE = 2;

    private final ReadAhead in;
    private final long maxRecordBytes;
    private final CsvDialect dialect;
    private final byte delimiter;
    private final byte[] classes = new byte[256];
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;
    /** The physical line at {@code pos}, 1-based. */
    private long line = 1;

    // Where scan() puts the cells of a record: cell n goes to index base + n * stride of these arrays, which are
    // the parser's own (one record: base 0, stride 1) or a batch's (column by column, one row per record).
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** The value of each plain decimal cell found while scanning (NaN for any other cell). */
    private double[] numbers = new double[64];
    private int base;
    private int stride = 1;
    /** Cells a record may have before scan() must make room (or, filling a batch, give up on it). */
    private int cellLimit = 64;
    private boolean filling;
    private int[] ownStarts = starts;
    private int[] ownEnds = ends;
    private double[] ownNumbers = numbers;
    /**
     * Whether each cell of the record being scanned has doubled quotes to undo; always indexed by cell. Only
     * quoted cells set it, and undoing resets it, so it is all false between records.
     */
    private boolean[] escaped = new boolean[64];
    /** How many cells of the record being scanned have doubled quotes. */
    private int escapes;
    private int cells;
    private long recordLine;
    private int recordLines;

    private final List<String> header;

    private CsvParser(ReadAhead in, long maxRecordBytes) throws IOException {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
        while (limit < FIRST_READ && !eof) {
            read();
        }
        FileFormats.refuseKnownBinary(buf, limit);
        this.dialect = CsvDialect.detect(buf, limit, eof);
        this.delimiter = (byte) dialect.delimiter();
        classes[delimiter] = SPECIAL;
        classes['\n'] = SPECIAL;
        classes['\r'] = SPECIAL;
        classes[0] = SPECIAL;
        for (int b = 0x80; b < 0x100; b++) {
            classes[b] = MULTI_BYTE;
        }
        pos = dialect.byteOrderMark() ? 3 : 0;
        this.header = readHeader();
    }

    /**
     * Opens {@code file}, detects its dialect and reads its header.
     *
     * @throws BadFileException when the file is empty, binary, or its header is unusable
     */
    public static CsvParser open(Path file, long maxRecordBytes) {
        ReadAhead in;
        try {
            in = new ReadAhead(file);
        } catch (NoSuchFileException e) {
            throw new BadFileException(0, "The file " + file + " does not exist. Check the name and the folder.");
        } catch (IOException e) {
            throw new BadFileException(0, "The file " + file + " cannot be opened (" + e.getMessage()
                    + "). Check that it is readable.");
        }
        try {
            return new CsvParser(in, maxRecordBytes);
        } catch (IOException e) {
            closeQuietly(in);
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    public CsvDialect dialect() {
        return dialect;
    }

    /** The column names, trimmed, in file order. */
    public List<String> header() {
        return header;
    }

    /**
     * Moves to the next record that is not an empty line.
     *
     * @return false at the end of the file
     * @throws BadFileException when the record is malformed or has another number of values than the header
     */
    public boolean next() {
        try {
            while (true) {
                if (!nextRecord()) {
                    return false;
                }
                if (isEmptyLine()) {
                    continue;
                }
                if (cells != header.size()) {
                    throw raggedRow();
                }
                return true;
            }
        } catch (IOException e) {
            throw unreadablePast(e);
        }
    }

    private BadFileException unreadablePast(IOException e) {
        return new BadFileException(line, "The file could not be read past line " + line + " ("
                + e.getMessage() + "). Check that it is still there and readable.");
    }

    /** The line of the file where the current record starts, 1-based. */
    public long line() {
        return recordLine;
    }

    /** The text of value {@code cell} of the current record, as it was between the delimiters (unquoted). */
    public String text(int cell) {
        return new String(buf, starts[cell], ends[cell] - starts[cell], StandardCharsets.UTF_8);
    }

    /** How many bytes have been read so far; the whole file once {@link #next()} returned false. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The SHA-256 of every byte of the file, in lowercase hex; call once {@link #next()} returned false. */
    public String sha256() {
        if (!eof || pos < limit) {
            throw new IllegalStateException("The file has not been read to its end");
        }
        return HexFormat.of().formatHex(in.sha256Digest());
    }

    // Byte access for the profiler, which reads values without making strings of them.
    byte[] buffer() {
        return buf;
    }

    int start(int cell) {
        return starts[cell];
    }

    int end(int cell) {
        return ends[cell];
    }

    /** The value of the cell when it is a plain decimal number (such as -12.75) read while scanning, else NaN. */
    double number(int cell) {
        return numbers[cell];
    }

    /**
     * Scans the next records into {@code batch}, column by column, until it is full ({@link #BATCH_FULL}), the
     * buffer ends inside a record ({@link #BUFFER_END}: call {@link #continueIn} before filling again) or the
     * file ends ({@link #FILE_END}). The cells point into the current buffer, which this parser leaves alone
     * until it moves on to another; empty lines are skipped as by {@link #next()}.
     *
     * @throws BadFileException as {@link #next()} does
     */
    int fill(RecordBatch batch) {
        int width = header.size();
        if (escaped.length < width) {
            escaped = java.util.Arrays.copyOf(escaped, width);
        }
        batch.begin(buf);
        starts = batch.starts();
        ends = batch.ends();
        numbers = batch.numbers();
        stride = batch.capacity();
        cellLimit = width;
        filling = true;
        try {
            long[] lines = batch.lines();
            int capacity = batch.capacity();
            int rows = 0;
            try {
                while (rows < capacity) {
                    if (pos >= limit && eof) {
                        return FILE_END;
                    }
                    base = rows;
                    int end = scan();
                    if (end == NEED_MORE) {
                        return BUFFER_END;
                    }
                    if (end == TOO_WIDE) {
                        refuseWideRecord();
                    }
                    endRecord(end);
                    if (isEmptyLine()) {
                        continue;
                    }
                    if (cells != width) {
                        throw raggedRow();
                    }
                    lines[rows++] = recordLine;
                }
                return BATCH_FULL;
            } finally {
                batch.end(rows);
            }
        } finally {
            useOwnCells();
        }
    }

    /** Points scan() back at the parser's own cells, one record at a time. */
    private void useOwnCells() {
        filling = false;
        starts = ownStarts;
        ends = ownEnds;
        numbers = ownNumbers;
        base = 0;
        stride = 1;
        cellLimit = ownStarts.length;
    }

    /**
     * Goes on in {@code fresh} (or a larger buffer when the record being read fills the current one): moves the
     * start of the record there and reads as much as fits. Returns the buffer left, which batches may still use.
     *
     * @throws BadFileException when the record would exceed the record limit, or the file cannot be read
     */
    byte[] continueIn(byte[] fresh) {
        byte[] old = buf;
        int rest = limit - pos;
        if (rest == old.length) {
            fresh = new byte[grownSize()];
        } else if (fresh.length < old.length) {
            fresh = new byte[old.length];
        }
        System.arraycopy(old, pos, fresh, 0, rest);
        buf = fresh;
        pos = 0;
        limit = rest;
        try {
            // fill it: a batch ends where its buffer does
            while (limit < buf.length && !eof) {
                read();
            }
        } catch (IOException e) {
            throw unreadablePast(e);
        }
        return old;
    }

    /** Throws the error for a record with more values than the header, reading it again one value at a time. */
    private void refuseWideRecord() {
        useOwnCells();
        buf = buf.clone(); // batches in flight keep their bytes
        next();
        throw new IllegalStateException("A record wider than the header was read as fitting it");
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private List<String> readHeader() throws IOException {
        while (nextRecord()) {
            if (isEmptyLine()) {
                continue;
            }
            List<String> names = new ArrayList<>(cells);
            Map<String, Integer> seen = new HashMap<>();
            for (int c = 0; c < cells; c++) {
                String name = text(c).strip();
                if (name.isEmpty()) {
                    throw new BadFileException(recordLine, "Column " + (c + 1) + " of the header (line "
                            + recordLine + ") has no name. The first line must name every column; add a name"
                            + (c == cells - 1 && c > 0 ? " or remove the delimiter at the end of the line." : "."));
                }
                Integer before = seen.putIfAbsent(name, c);
                if (before != null) {
                    throw new BadFileException(recordLine, "The header (line " + recordLine + ") names '" + name
                            + "' twice, as columns " + (before + 1) + " and " + (c + 1)
                            + ". Column names must be different: rename one of them.");
                }
                names.add(name);
            }
            if (names.size() == 1) {
                throw new BadFileException(recordLine, "The header (line " + recordLine + ") has only one column, '"
                        + names.get(0) + "'. A model needs at least one input column besides the one it predicts."
                        + " If the columns are separated by something other than a comma, semicolon or tab,"
                        + " save the file again as CSV with commas.");
            }
            return List.copyOf(names);
        }
        throw new BadFileException(0, "The file is empty. Choose a CSV file with a header line and rows of data.");
    }

    private boolean isEmptyLine() {
        if (cells != 1) {
            return false;
        }
        for (int i = starts[base]; i < ends[base]; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private BadFileException raggedRow() {
        String where = "Line " + recordLine + " has " + cells + (cells == 1 ? " value" : " values") + " but the header has "
                + header.size() + " columns. ";
        String fix = cells > header.size()
                ? "Values that contain the delimiter (" + dialect.delimiterName() + ") must be in double quotes;"
                        + " otherwise remove the extra values."
                : "Every line needs one value per column; leave a cell empty (nothing between two delimiters)"
                        + " where a value is missing.";
        return new BadFileException(recordLine, where + fix);
    }

    /** Reads the next record, empty or not, into the cell arrays; false at the end of the file. */
    private boolean nextRecord() throws IOException {
        while (true) {
            if (pos >= limit && eof) {
                return false;
            }
            int end = scan();
            if (end == NEED_MORE) {
                readMore();
                continue;
            }
            endRecord(end);
            return true;
        }
    }

    /** Moves past the record scan() found, which ends at {@code end}, undoing its doubled quotes. */
    private void endRecord(int end) {
        recordLine = line;
        line += recordLines;
        pos = end;
        if (escapes > 0) {
            for (int c = 0; c < cells; c++) {
                if (escaped[c]) {
                    unescape(c);
                }
            }
        }
    }

    /**
     * Finds the values of the record at {@code pos}. Returns the index just after it (past its line end), or
     * {@link #NEED_MORE} when the buffer ends inside it and the file does not; then nothing has changed, and the
     * caller reads more and scans again from the same place.
     */
    private int scan() {
        final byte[] b = buf;
        final int lim = limit;
        final byte[] cls = classes;
        final byte d = delimiter;
        int i = pos;
        int n = 0;
        int breaks = 0;
        escapes = 0;
        while (true) {
            if (n == cellLimit) {
                if (filling) {
                    return TOO_WIDE;
                }
                growCells();
            }
            int at = base + n * stride;
            if (lim - i >= WORD_PATH_ROOM) {
                // a plain decimal such as -1234.567891, eight bytes at a time (well inside the buffer)
                int sign = b[i] == '-' ? 1 : 0;
                long whole = (long) LONGS.get(b, i + sign);
                int wholeDigits = Numbers.leadingDigits(whole);
                int q = i + sign + wholeDigits;
                long fraction = 0;
                int fractionDigits = 0;
                if (wholeDigits < 8 && b[q] == '.') {
                    fraction = (long) LONGS.get(b, q + 1);
                    fractionDigits = Numbers.leadingDigits(fraction);
                    q += 1 + fractionDigits;
                }
                byte after = b[q];
                if (wholeDigits < 8 && fractionDigits < 8 && wholeDigits + fractionDigits > 0
                        && (after == d || after == '\n' || after == '\r')) {
                    long mantissa = Numbers.digitsValue(whole, wholeDigits) * Numbers.longPowerOfTen(fractionDigits)
                            + Numbers.digitsValue(fraction, fractionDigits);
                    starts[at] = i;
                    ends[at] = q;
                    numbers[at] = Numbers.decimal(sign == 1, mantissa, fractionDigits);
                    n++;
                    i = q;
                    if (after == d) {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            int s = i;
            if (s < lim && b[s] == ' ') {
                // spaces before an opening quote are ignored (rare: look for them only when there is a space)
                while (s < lim && b[s] == ' ') {
                    s++;
                }
                if (s >= lim && !eof) {
                    return NEED_MORE;
                }
            } else if (s >= lim && !eof) {
                return NEED_MORE;
            }
            if (s < lim && b[s] == '"') {
                int openedAt = breaks;
                int j = s + 1;
                boolean esc = false;
                while (true) {
                    if (j >= lim) {
                        if (eof) {
                            throw unterminatedQuote(line + openedAt);
                        }
                        return NEED_MORE;
                    }
                    byte c = b[j];
                    if (c > '"') {
                        j++;
                    } else if (c == '"') {
                        if (j + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (j + 1 < lim && b[j + 1] == '"') {
                            esc = true;
                            j += 2;
                        } else {
                            break;
                        }
                    } else if (c == '\n') {
                        breaks++;
                        j++;
                    } else if (c == '\r') {
                        if (j + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (j + 1 >= lim || b[j + 1] != '\n') {
                            breaks++;
                        }
                        j++;
                    } else if (c == 0) {
                        throw nulByte(line + breaks);
                    } else if (c > 0) {
                        j++;
                    } else {
                        j = afterMultiByte(j, line + breaks);
                        if (j == NEED_MORE) {
                            return NEED_MORE;
                        }
                    }
                }
                starts[at] = s + 1;
                ends[at] = j;
                escaped[n] = esc;
                escapes += esc ? 1 : 0;
                numbers[at] = Double.NaN;
                n++;
                i = j + 1;
                while (i < lim && b[i] == ' ') {
                    i++;
                }
                if (i >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break;
                }
                byte c = b[i];
                if (c == d) {
                    i++;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    throw textAfterQuote(line + breaks, n);
                }
                break;
            }
            int j = i;
            // plain decimals such as -12.75 are read on the way to the end of the value
            if (j < lim && b[j] == '-') {
                j++;
            }
            int digitsFrom = j;
            int point = -1;
            long mantissa = 0;
            for (; j < lim; j++) {
                int digit = b[j] - '0';
                if (digit >= 0 && digit <= 9) {
                    mantissa = mantissa * 10 + digit;
                } else if (b[j] == '.' && point < 0) {
                    point = j;
                } else {
                    break;
                }
            }
            int numberEnd = j;
            while (true) {
                while (j < lim && cls[b[j] & 0xff] == ORDINARY) {
                    j++;
                }
                if (j >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break;
                }
                byte c = b[j];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                if (c == 0) {
                    throw nulByte(line + breaks);
                }
                j = afterMultiByte(j, line + breaks);
                if (j == NEED_MORE) {
                    return NEED_MORE;
                }
            }
            starts[at] = i;
            ends[at] = j;
            int digits = numberEnd - digitsFrom - (point < 0 ? 0 : 1);
            numbers[at] = j == numberEnd && digits > 0 && digits <= Numbers.EXACT_DIGITS
                    ? Numbers.decimal(b[i] == '-', mantissa, point < 0 ? 0 : numberEnd - point - 1)
                    : Double.NaN;
            n++;
            i = j;
            if (i < lim && b[i] == d) {
                i++;
                continue;
            }
            break;
        }
        // i is at the line end, or at the end of the file
        if (i < lim) {
            if (b[i] == '\r') {
                if (i + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                if (i + 1 < lim && b[i + 1] == '\n') {
                    i++;
                }
            }
            i++;
        }
        cells = n;
        recordLines = breaks + 1;
        return i;
    }

    /**
     * The index after the UTF-8 sequence at {@code at}, or {@link #NEED_MORE} when the buffer cuts it short.
     *
     * @throws BadFileException when it is not valid UTF-8
     */
    private int afterMultiByte(int at, long atLine) {
        int length = Utf8.sequenceLength(buf, at, limit);
        if (length > 0) {
            return at + length;
        }
        if (length == 0 && !eof) {
            return NEED_MORE;
        }
        throw invalidUtf8(atLine, buf[at]);
    }

    /** Turns the doubled quotes of a quoted value into single ones, in place. */
    private void unescape(int cell) {
        byte[] b = buf;
        int at = base + cell * stride;
        int w = starts[at];
        for (int r = starts[at]; r < ends[at]; r++) {
            b[w++] = b[r];
            if (b[r] == '"') {
                r++;
            }
        }
        ends[at] = w;
        escaped[cell] = false;
    }

    private void readMore() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, grownSize());
        }
        read();
    }

    /** The size of a buffer for a record that fills the whole of the current one. */
    private int grownSize() {
        if (buf.length >= maxRecordBytes) {
            throw new BadFileException(line, "The record that starts on line " + line + " is longer than "
                    + maxRecordBytes / (1024 * 1024) + " MB. Most likely a double quote on that line is never"
                    + " closed, so the rest of the file reads as one value. Close the quote, or double quotes"
                    + " that are part of a value (\"\").");
        }
        return (int) Math.min(maxRecordBytes, (long) buf.length * 2);
    }

    private void read() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return;
        }
        limit += n;
        bytesRead += n;
    }

    private void growCells() {
        int size = ownStarts.length * 2;
        starts = ownStarts = java.util.Arrays.copyOf(ownStarts, size);
        ends = ownEnds = java.util.Arrays.copyOf(ownEnds, size);
        numbers = ownNumbers = java.util.Arrays.copyOf(ownNumbers, size);
        escaped = java.util.Arrays.copyOf(escaped, size);
        cellLimit = size;
    }

    private static BadFileException unterminatedQuote(long openedOn) {
        return new BadFileException(openedOn, "The double quote that opens a value on line " + openedOn
                + " is never closed, so the rest of the file would read as one value. Add the closing quote,"
                + " and double every quote that is part of a value (\"\").");
    }

    private BadFileException textAfterQuote(long at, int cell) {
        return new BadFileException(at, "On line " + at + ", value " + cell + " has text after its closing double"
                + " quote. A quote inside a quoted value must be doubled (\"\"); a value that is not quoted must"
                + " not start with a quote.");
    }

    private static BadFileException nulByte(long at) {
        return new BadFileException(at, "Line " + at + " contains a NUL byte, which text files do not have: this"
                + " looks like a binary file or UTF-16 text. Save the data as 'CSV UTF-8' and import that file.");
    }

    private static BadFileException invalidUtf8(long at, byte b) {
        return new BadFileException(at, String.format("Line %d is not valid UTF-8 text (byte 0x%02X). The file may"
                + " be saved in another encoding such as Windows-1252 or Latin-1, or not be text at all. Open it"
                + " in a spreadsheet or text editor and save it as 'CSV UTF-8'.", at, b & 0xff));
    }

    private static BadFileException unreadable(Path file, IOException e) {
        return new BadFileException(0, "The file " + file + " could not be read (" + e.getMessage()
                + "). Check that it is still there and readable.");
    }

    private static void closeQuietly(ReadAhead in) {
        in.close();
    }
}

package io.sightline.simulator.stream;

import io.sightline.simulator.world.Columns;
import io.sightline.simulator.world.DailyRhythm;
import io.sightline.simulator.world.MarketState;
import io.sightline.simulator.world.Transaction;
import io.sightline.simulator.world.TransactionFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A labelled history: {@code rows} transactions spread over the {@code days} before {@code end} (hours weighted
 * by the daily rhythm), every outcome known, written as a CSV file with {@link Columns#header()}. The first
 * model's history is an ordinary market's: no scenario event ever touched it, the new ring is not in it. A
 * {@linkplain #recent recent} history is drawn from generators of its own in a given market, such as one where
 * the new ring is at work.
 */
public final class HistoryFile {
    private final long seed;
    private final TransactionFactory factory;
    private final MarketState market;
    private final long purpose;

    /** The history the first model learns from: an ordinary market. */
    public HistoryFile(long seed, TransactionFactory factory) {
        this(seed, factory, MarketState.ORDINARY, Seeds.HISTORY);
    }

    private HistoryFile(long seed, TransactionFactory factory, MarketState market, long purpose) {
        this.seed = seed;
        this.factory = factory;
        this.market = market;
        this.purpose = purpose;
    }

    /** A recent history in {@code market}, with transactions other than those of the first history. */
    public static HistoryFile recent(long seed, TransactionFactory factory, MarketState market) {
        return new HistoryFile(seed, factory, market, Seeds.RECENT_HISTORY);
    }

    /** Writes the history to {@code file} and returns how many of its rows were charged back. */
    public int write(Path file, int rows, int days, Instant end) {
        if (rows < 100 || days < 1) {
            throw new IllegalArgumentException("A history needs at least 100 rows over at least a day (asked for "
                    + rows + " rows over " + days + " days).");
        }
        Instant[] times = times(rows, days, end);
        int chargebacks = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", Columns.header()));
            out.newLine();
            for (int i = 0; i < rows; i++) {
                Transaction t = factory.create(String.format(Locale.ROOT, "h-%08d", i + 1), times[i],
                        market, Seeds.generator(seed, purpose, i + 1));
                Map<String, String> row = Columns.inputs(t);
                out.write(String.join(",", row.values()));
                out.write(',');
                out.write(Columns.label(t));
                out.newLine();
                chargebacks += t.truth().chargeback() ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the history file " + file + ": " + e.getMessage(), e);
        }
        return chargebacks;
    }

    /** Times over the {@code days} whole days before the day of {@code end}, hours weighted by the rhythm. */
    private Instant[] times(int rows, int days, Instant end) {
        SplittableRandom rng = Seeds.generator(seed, purpose, 0);
        Instant firstDay = end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days));
        double[] cumulative = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += DailyRhythm.factor(h);
            cumulative[h] = sum;
        }
        Instant[] times = new Instant[rows];
        for (int i = 0; i < rows; i++) {
            int day = rng.nextInt(days);
            int found = Arrays.binarySearch(cumulative, rng.nextDouble() * sum);
            int hour = Math.min(23, found >= 0 ? found : -found - 1);
            times[i] = firstDay.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour))
                    .plusMillis(rng.nextLong(3_600_000));
        }
        Arrays.sort(times);
        return times;
    }
}

package io.sightline.engine.strategy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategies of every deployment: saved, switched on and off, deleted, and applied to live predictions.
 * The enabled ones are kept compiled in memory so that deciding costs no database access; a change made here
 * takes effect at once, one made by another engine sharing the database within {@link #REFRESH}.
 */
public final class StrategyBook {
    /** How long the compiled strategies of a deployment are trusted before they are read again. */
    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(StrategyBook.class);

    private final Database database;
    private final long refreshNanos;
    private final StrategyStore store = new StrategyStore();
    private final Map<String, Enabled> live = new ConcurrentHashMap<>();
    /** Counts changes, so that strategies read just before a change are not kept as if read after it. */
    private final AtomicLong changes = new AtomicLong();

    /** A deployment's enabled strategies, in order, and when they were read. */
    private record Enabled(StrategyMatcher[] matchers, long readAtNanos) {
    }

    public StrategyBook(Database database) {
        this(database, REFRESH);
    }

    StrategyBook(Database database, Duration refresh) {
        this.database = database;
        this.refreshNanos = refresh.toNanos();
    }

    /** The first enabled strategy of the deployment that matches, else ALLOW. Never fails a prediction. */
    public StrategyVerdict decide(String deployment, Map<String, String> inputs, Double score) {
        for (StrategyMatcher matcher : enabled(deployment)) {
            if (matcher.matches(inputs, score)) {
                return new StrategyVerdict(matcher.action(), matcher.name());
            }
        }
        return StrategyVerdict.ALLOW;
    }

    public List<Strategy> list(String deployment) {
        return database.read(c -> store.list(c, deployment));
    }

    /** Saves a new, disabled strategy after checking it against the inputs of the model the deployment serves. */
    public Strategy save(String deployment, StrategySpec spec, ModelSchema schema) {
        StrategyMatcher.compile(spec, schema);
        Instant now = Timestamps.now();
        Strategy strategy = new Strategy(Ids.newId("st"), deployment, spec, false, now, now);
        return database.inTransaction(c -> {
            if (store.nameTaken(c, deployment, spec.name())) {
                throw new PlatformException(ErrorCode.ALREADY_EXISTS, "The deployment '" + deployment + "' already"
                        + " has a strategy called '" + spec.name().strip() + "'. Choose another name, or delete that"
                        + " one first.");
            }
            store.insert(c, strategy);
            return strategy;
        });
    }

    public Strategy enable(String strategyId, boolean enabled) {
        Strategy strategy = database.inTransaction(c -> {
            store.get(c, strategyId);
            store.setEnabled(c, strategyId, enabled, Timestamps.now());
            return store.get(c, strategyId);
        });
        forget(strategy.deployment());
        return strategy;
    }

    public void delete(String strategyId) {
        Strategy strategy = database.inTransaction(c -> {
            Strategy existing = store.get(c, strategyId);
            store.delete(c, strategyId);
            return existing;
        });
        forget(strategy.deployment());
    }

    private void forget(String deployment) {
        changes.incrementAndGet();
        live.remove(deployment);
    }

    private StrategyMatcher[] enabled(String deployment) {
        Enabled known = live.get(deployment);
        long now = System.nanoTime();
        if (known != null && now - known.readAtNanos() < refreshNanos) {
            return known.matchers();
        }
        long generation = changes.get();
        StrategyMatcher[] matchers;
        try {
            matchers = database.read(c -> store.enabled(c, deployment)).stream()
                    .map(s -> StrategyMatcher.of(s.spec())).toArray(StrategyMatcher[]::new);
        } catch (RuntimeException e) {
            // keep deciding with what was known rather than failing predictions while the database is away
            LOG.warn("Could not read the strategies of {}; deciding with the ones read before", deployment, e);
            matchers = known == null ? new StrategyMatcher[0] : known.matchers();
        }
        if (changes.get() == generation) {
            live.put(deployment, new Enabled(matchers, now));
        }
        return matchers;
    }
}

package io.sightline.engine.strategy;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.HealthStatus;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategies of every deployment: saved, switched on and off, deleted, and applied to live predictions.
 * The enabled ones are kept compiled in memory so that deciding costs no database access; a change made here
 * takes effect at once, one made by another engine sharing the database within {@link #REFRESH}.
 *
 * <p>A deployment whose enabled strategies cannot be read (a stored strategy no longer compiles, or the
 * database is away and none were read before) fails closed: its predictions are blocked, never let through
 * unchecked, and {@link #health()} names it until those strategies are deleted (and saved again).
 */
public final class StrategyBook {
    /** How long the compiled strategies of a deployment are trusted before they are read again. */
    static final Duration REFRESH = Duration.ofSeconds(5);
    /** The verdict while a deployment's strategies cannot be read: nothing is let through unchecked. */
    static final StrategyVerdict UNREADABLE = new StrategyVerdict(Decision.BLOCK, "(strategies could not be read)");
    private static final Logger LOG = LoggerFactory.getLogger(StrategyBook.class);

    private final Database database;
    private final long refreshNanos;
    private final StrategyStore store = new StrategyStore();
    private final Map<String, Enabled> live = new ConcurrentHashMap<>();
    /** Counts changes, so that strategies read just before a change are not kept as if read after it. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * A deployment's enabled strategies, in order, and when they were read; {@code unreadable} says why they
     * could not be read (then the deployment blocks), or is null.
     */
    private record Enabled(StrategyMatcher[] matchers, long readAtNanos, String unreadable) {
    }

    public StrategyBook(Database database) {
        this(database, REFRESH);
    }

    StrategyBook(Database database, Duration refresh) {
        this.database = database;
        this.refreshNanos = refresh.toNanos();
    }

    /**
     * The first enabled strategy of the deployment that matches, else ALLOW; BLOCK while its strategies cannot
     * be read. Never fails a prediction.
     */
    public StrategyVerdict decide(String deployment, Map<String, String> inputs, Double score) {
        Enabled enabled = enabled(deployment);
        if (enabled.unreadable() != null) {
            return UNREADABLE;
        }
        for (StrategyMatcher matcher : enabled.matchers()) {
            if (matcher.matches(inputs, score)) {
                return new StrategyVerdict(matcher.action(), matcher.name());
            }
        }
        return StrategyVerdict.ALLOW;
    }

    /**
     * Red, naming them, when some deployment's enabled strategies cannot be read (found by reading them all, or
     * when predictions last tried): those deployments block every prediction until the strategy is deleted.
     */
    public ComponentHealth health() {
        Map<String, String> problems = new TreeMap<>();
        live.forEach((deployment, enabled) -> {
            if (enabled.unreadable() != null) {
                problems.put("deployment '" + deployment + "'", enabled.unreadable());
            }
        });
        try {
            for (StrategyStore.Stored stored : database.read(store::allEnabled)) {
                try {
                    StrategyMatcher.of(stored.spec());
                } catch (RuntimeException e) {
                    boolean unreadable = e instanceof StrategyStore.UnreadableStrategy;
                    problems.put("deployment '" + stored.deployment() + "'", unreadable ? reason(e)
                            : "the strategy '" + stored.name() + "' cannot be applied: " + reason(e));
                }
            }
        } catch (RuntimeException e) {
            problems.put("the database", "the strategies cannot be read: " + reason(e));
        }
        if (problems.isEmpty()) {
            return new ComponentHealth("strategies", HealthStatus.GREEN, "every enabled strategy can be applied");
        }
        return new ComponentHealth("strategies", HealthStatus.RED, "Predictions are blocked where strategies cannot"
                + " be read; delete those strategies and save them again: " + problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining("; ")) + ".");
    }

    private static StrategyMatcher[] compile(List<Strategy> strategies) {
        StrategyMatcher[] matchers = new StrategyMatcher[strategies.size()];
        for (int i = 0; i < matchers.length; i++) {
            Strategy strategy = strategies.get(i);
            try {
                matchers[i] = StrategyMatcher.of(strategy.spec());
            } catch (RuntimeException e) {
                throw new StrategyStore.UnreadableStrategy("the strategy '" + strategy.spec().name() + "' ("
                        + strategy.id() + ") cannot be applied: " + reason(e), e);
            }
        }
        return matchers;
    }

    private static Enabled closed(String deployment, RuntimeException cause, long now) {
        LOG.error("The strategies of {} cannot be read; its predictions are blocked until they are fixed, switched off"
                + " or deleted", deployment, cause);
        return new Enabled(new StrategyMatcher[0], now, reason(cause));
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    /** Deletes a strategy, even one that can no longer be read: that is how a deployment stops blocking. */
    public void delete(String strategyId) {
        String deployment = database.inTransaction(c -> {
            String owner = store.deploymentOf(c, strategyId);
            store.delete(c, strategyId);
            return owner;
        });
        forget(deployment);
    }

    private void forget(String deployment) {
        changes.incrementAndGet();
        live.remove(deployment);
    }

    private Enabled enabled(String deployment) {
        Enabled known = live.get(deployment);
        long now = System.nanoTime();
        if (known != null && now - known.readAtNanos() < refreshNanos) {
            return known;
        }
        long generation = changes.get();
        Enabled read;
        try {
            read = new Enabled(compile(database.read(c -> store.enabled(c, deployment))), now, null);
        } catch (StrategyStore.UnreadableStrategy e) {
            read = closed(deployment, e, now);
        } catch (RuntimeException e) {
            if (known == null || known.unreadable() != null) {
                read = closed(deployment, e, now);
            } else {
                // the database is away: keep deciding with what was read before rather than failing predictions
                LOG.warn("Could not read the strategies of {}; deciding with the ones read before", deployment, e);
                read = new Enabled(known.matchers(), now, null);
            }
        }
        if (changes.get() == generation) {
            live.put(deployment, read);
        }
        return read;
    }
}

package io.sightline.engine.token;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.Authenticator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens that were verified against the database, kept in memory so that a request with a known token costs
 * no database lookup and no SHA-256. An entry is found by a fast digest of the presented token and is used
 * only when the token it was made from is the presented one, compared in constant time. Entries are bounded in
 * number and verified afresh after {@code maxAge}, which also keeps the token's "last used" time current.
 *
 * <p>A revocation made here (the same node) is refused at once. One made anywhere else — the command line's
 * {@code token revoke}, another node of a cluster on the same database — is noticed by reading how many
 * tokens were ever revoked every {@code checkInterval}: when that count moves, every entry is dropped and the
 * next request of each token is verified in the database again. One small query per interval, whatever the
 * load; nothing else needs to tell this node.
 */
public final class VerifiedTokens implements Authenticator {
    /** How often revocations made elsewhere are looked for: well inside a second. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(500);
    /** How long a verification holds before the database is asked again (and the token's use recorded). */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);
    /** The most tokens kept: far more than a server's clients; beyond it, an entry is dropped for each new one. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(VerifiedTokens.class);

    private final ApiTokens tokens;
    private final long maxAgeNanos;
    private final int maxEntries;
    private final Map<Long, Verified> verified = new ConcurrentHashMap<>();
    /** Moves on every invalidation, so that a verification that raced a revocation is not kept. */
    private final AtomicLong generation = new AtomicLong();
    /** Seeds the digest, so that nobody outside this process can aim two tokens at one entry. */
    private final long seed = new SecureRandom().nextLong();
    private final Thread watch;
    private volatile boolean closed;
    private long revokedSeen;

    /** One verified token: the token it was made from, its id and user, and when it was verified. */
    private record Verified(String secret, String tokenId, String user, long verifiedAt) {
    }

    /** The defaults: revocations looked for every 500 ms, verifications held a minute, 10,000 tokens at most. */
    public VerifiedTokens(ApiTokens tokens) {
        this(tokens, DEFAULT_CHECK_INTERVAL, DEFAULT_MAX_AGE, DEFAULT_MAX_ENTRIES);
    }

    public VerifiedTokens(ApiTokens tokens, Duration checkInterval, Duration maxAge, int maxEntries) {
        if (checkInterval.isNegative() || checkInterval.isZero() || maxEntries < 1) {
            throw PlatformException.invalid("Token checks need a positive interval and room for one token at least.");
        }
        this.tokens = tokens;
        this.maxAgeNanos = maxAge.toNanos();
        this.maxEntries = maxEntries;
        this.revokedSeen = tokens.revokedCount();
        this.watch = Thread.ofPlatform().daemon().name("sightline-token-revocations")
                .start(() -> watchRevocations(checkInterval));
    }

    /** The user a presented token belongs to, if it is known and not revoked. */
    @Override
    public Optional<String> userOf(String secret) {
        if (secret == null) {
            return Optional.empty();
        }
        long key = digest(secret);
        Verified known = verified.get(key);
        if (known != null && sameText(known.secret(), secret) && System.nanoTime() - known.verifiedAt() < maxAgeNanos) {
            return Optional.of(known.user());
        }
        long before = generation.get();
        Optional<ApiToken> token = tokens.verify(secret);
        token.ifPresent(t -> keep(key, new Verified(secret, t.id(), t.user(), System.nanoTime()), before));
        return token.map(ApiToken::user);
    }

    /** Revokes a token by its id; it is refused here from now on, elsewhere within the check interval. */
    public ApiToken revoke(String id) {
        ApiToken revoked = tokens.revoke(id);
        generation.incrementAndGet();
        verified.values().removeIf(v -> v.tokenId().equals(id));
        return revoked;
    }

    /** How many verified tokens are held now. */
    public int size() {
        return verified.size();
    }

    private void keep(long key, Verified entry, long generationBefore) {
        if (verified.size() >= maxEntries) {
            Iterator<Long> any = verified.keySet().iterator();
            if (any.hasNext()) {
                verified.remove(any.next());
            }
        }
        verified.put(key, entry);
        if (generation.get() != generationBefore) {
            // a revocation was noticed while the database was asked: what it said may be stale already
            verified.remove(key, entry);
        }
    }

    private void watchRevocations(Duration interval) {
        boolean failing = false;
        while (!closed) {
            try {
                Thread.sleep(interval);
                long revoked = tokens.revokedCount();
                if (revoked != revokedSeen) {
                    revokedSeen = revoked;
                    generation.incrementAndGet();
                    verified.clear();
                }
                failing = false;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!failing && !closed) {
                    LOG.warn("Cannot look for revoked tokens; verified tokens are held at most {} s meanwhile: {}",
                            maxAgeNanos / 1_000_000_000, e.getMessage());
                }
                failing = true;
            }
        }
    }

    /** A 64-bit FNV-1a digest of the text from a secret start, finished with MurmurHash3's mix. */
    private long digest(String text) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Equality whose time does not depend on where two texts of the same length differ. */
    private static boolean sameText(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length(); i++) {
            difference |= a.charAt(i) ^ b.charAt(i);
        }
        return difference == 0;
    }

    /** Stops looking for revocations; the tokens held are dropped. */
    @Override
    public void close() {
        closed = true;
        watch.interrupt();
        verified.clear();
    }
}

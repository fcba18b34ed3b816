package io.sightline.simulator.stream;

import java.util.SplittableRandom;

/**
 * Independent generators derived from one seed: each transaction gets its own from the seed, a purpose and its
 * number, so that what one transaction draws never shifts the next one.
 */
final class Seeds {
    static final long ARRIVALS = 0xA4417A15L;
    static final long LIVE = 0x11FEL;
    static final long HISTORY = 0x415702EL;
    static final long RECENT_HISTORY = 0x2EC3E7L;

    private Seeds() {
    }

    static SplittableRandom generator(long seed, long purpose, long number) {
        return new SplittableRandom(mix(mix(seed ^ purpose) + number));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

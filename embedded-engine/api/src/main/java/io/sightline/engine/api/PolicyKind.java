package io.sightline.engine.api;

/** How a deployment shares its traffic between the versions it serves (its arms). */
public enum PolicyKind {
    /** One version answers everything. */
    SINGLE,
    /** A new version takes a small share that grows in steps while its guard holds, and falls back when it breaks. */
    CANARY,
    /** Two versions split the traffic until a significance test on an outcome gives its verdict. */
    AB_TEST,
    /** The first version answers; a share of the requests is also scored by the second, logged, never returned. */
    SHADOW,
    /** Thompson sampling over the arms: shares move towards the arm whose outcomes reward most. */
    BANDIT,
    /** Each request goes to the arm of the first rule its inputs match; the first arm takes the rest. */
    CONTEXTUAL
}

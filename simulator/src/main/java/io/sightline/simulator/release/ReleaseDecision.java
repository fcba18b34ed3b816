package io.sightline.simulator.release;

/** What one phase's policy decided: the version it favoured, and in words. */
public record ReleaseDecision(ReleasePhase phase, int favouredVersion, String words) {
}

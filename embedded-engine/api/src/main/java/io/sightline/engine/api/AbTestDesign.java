package io.sightline.engine.api;

/** What an A/B test plan needs before it starts: outcomes per arm, and in all. */
public record AbTestDesign(AbTestPlan plan, long outcomesPerArm, long outcomesInAll) {
}

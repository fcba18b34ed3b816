package io.sightline.engine.api;

/** An experiment the runs table can open: its name and how many runs it holds (deleted ones not counted). */
public record ExperimentSummary(String name, long runCount) {
}

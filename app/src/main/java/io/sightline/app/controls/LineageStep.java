package io.sightline.app.controls;

/**
 * One link of a lineage chain: what kind of thing it is ("dataset", "run", "version"), its name and a short
 * detail such as an abbreviated hash. Plain data, so ViewModels can build chains without touching nodes.
 */
public record LineageStep(String kind, String name, String detail) {
    public LineageStep {
        detail = detail == null ? "" : detail;
    }
}

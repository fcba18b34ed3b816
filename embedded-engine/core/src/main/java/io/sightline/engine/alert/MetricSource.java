package io.sightline.engine.alert;

import io.sightline.engine.api.AlertRuleSpec;
import java.util.OptionalDouble;

/** Reads the current value of the metric a rule watches; empty when it cannot be known yet (no traffic, no labels). */
@FunctionalInterface
public interface MetricSource {

    OptionalDouble read(AlertRuleSpec rule);
}

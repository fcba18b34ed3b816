package io.sightline.engine.api;

/**
 * One condition of a strategy: {@code field} is {@code "score"} (the model's risk score, the positive class's
 * probability) or an input column; numbers compare numerically, other values as text (equal / not equal).
 */
public record StrategyCondition(String field, Comparison comparison, String value) {
}

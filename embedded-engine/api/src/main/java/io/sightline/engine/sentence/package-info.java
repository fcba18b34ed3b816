/**
 * Decision rules written as sentences — "block electronics sellers with risk score above 0.85" — read against
 * a model's inputs into a {@link io.sightline.engine.api.StrategySpec}, with what was not understood said in
 * plain words. Shared by the console and the server, so both read a sentence the same way.
 */
package io.sightline.engine.sentence;

/**
 * Decision strategies: rules on a prediction's score and inputs that allow, review or block it. Saved per
 * deployment, checked against the served model's inputs, and applied to live predictions, first match first.
 */
package io.sightline.engine.strategy;

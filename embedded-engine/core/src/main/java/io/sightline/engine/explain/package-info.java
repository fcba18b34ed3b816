/**
 * Explanations of single predictions: how much each input moves the score, found by putting a typical training
 * value in its place and scoring again, said in a short plain sentence per input.
 */
package io.sightline.engine.explain;

/**
 * The synthetic seller-risk marketplace: sellers, transactions with their input columns, and the ground truth
 * of each one (which fraud pattern made it, whether a chargeback follows, and after how long). Everything here
 * is a pure function of a seed: the same seed gives the same world.
 */
package io.sightline.simulator.world;

/**
 * Getting a platform ready for the world, through its public interface only: the labelled history imported,
 * the first model trained with AutoML and deployed, and the demonstration's alert rules installed.
 */
package io.sightline.simulator.setup;

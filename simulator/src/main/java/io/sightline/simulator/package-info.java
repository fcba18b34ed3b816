/** The offline world: a synthetic marketplace that drives a Platform as real traffic would. */
package io.sightline.simulator;

/**
 * The architecture map in {@code docs/architecture/map.svg}: drawn from the poms and by reflection on the seam and
 * the ViewModels, and checked against what is committed so that the picture stays true.
 */
package io.sightline.app.architecture;

/** Skins of the console's controls: they build and lay out the nodes; style classes come from the controls. */
package io.sightline.app.controls.skin;

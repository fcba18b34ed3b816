/** Reusable controls of the console (traffic light, confusion matrix); their skins live in {@code skin}. */
package io.sightline.app.controls;

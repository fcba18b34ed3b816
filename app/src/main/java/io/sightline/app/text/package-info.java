/** How figures from the platform are written on screen: metrics, durations, sizes, dates and hashes. */
package io.sightline.app.text;

/** The console's client for a remote Sightline platform. */
package io.sightline.app.remote;

/** The engine as a headless HTTP server: the platform API and the protocols other tools speak. */
package io.sightline.engine.server;

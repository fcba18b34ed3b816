/** The Sightline console: the launcher and the composition root that wires a Platform into the shell. */
package io.sightline.app;

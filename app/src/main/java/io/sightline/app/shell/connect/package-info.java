/**
 * Where the console is connected: the embedded engine or a remote platform, the remote profiles the user
 * keeps (name, address, access token), the connection manager page, and how good a remote link is.
 */
package io.sightline.app.shell.connect;

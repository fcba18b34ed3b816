/**
 * The command line (picocli): the same Platform calls as the console, for automation. {@code --help} on
 * every command.
 */
package io.sightline.engine.cli;

/**
 * The main window: persona switcher, workspace registry, status bar, theme and remembered window state.
 */
package io.sightline.app.shell;

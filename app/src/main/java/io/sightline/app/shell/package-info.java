/**
 * The main window: persona switcher, workspace registry, the session (platform and workspaces) and switching
 * between platforms, the Platforms and System health pages, the status bar, theme and remembered window state.
 */
package io.sightline.app.shell;

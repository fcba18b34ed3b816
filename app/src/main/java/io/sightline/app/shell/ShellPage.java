package io.sightline.app.shell;

/** What the main window's centre shows: the chosen persona's workspace, or one of the shell's own pages. */
public enum ShellPage {
    WORKSPACE,
    PLATFORMS,
    SYSTEM_HEALTH,
    AUDIT_LOG
}

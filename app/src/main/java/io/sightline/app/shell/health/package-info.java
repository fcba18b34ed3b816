/**
 * The System health page and the figures behind the status bar's health part: this computer's processor,
 * memory and disk (OSHI), with a short history, and the engine's components from {@code Platform.health()}.
 */
package io.sightline.app.shell.health;

package io.sightline.engine.api;

/** Where the console is connected: "embedded" or "remote", the data directory or URL, the engine version. */
public record PlatformInfo(String mode, String location, String version) {
}

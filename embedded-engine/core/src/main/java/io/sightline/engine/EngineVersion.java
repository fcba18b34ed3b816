package io.sightline.engine;

/** The engine's version, as packaged (the jar manifest) or "development" when run from classes. */
public final class EngineVersion {
    private EngineVersion() {
    }

    public static String current() {
        String version = EngineVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}

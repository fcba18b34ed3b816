package io.sightline.engine.cli;

import io.sightline.engine.EngineVersion;
import picocli.CommandLine;

/** The engine's version for {@code --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Sightline " + EngineVersion.current()};
    }
}

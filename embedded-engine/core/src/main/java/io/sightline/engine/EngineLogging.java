package io.sightline.engine;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends java.util.logging (which Tribuo uses) through SLF4J, so that one configuration decides what is shown:
 * without it, every SGD epoch would be printed on the console.
 */
public final class EngineLogging {
    private static boolean installed;

    private EngineLogging() {
    }

    public static synchronized void install() {
        if (!installed) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
            installed = true;
        }
    }
}

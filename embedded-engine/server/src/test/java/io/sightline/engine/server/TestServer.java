package io.sightline.engine.server;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.PlatformContract;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.token.VerifiedTokens;
import io.sightline.engine.store.Database;
import java.nio.file.Path;

/**
 * A real server for tests, as {@code serve} runs it: a {@link LocalPlatform} in {@code directory} behind the server, with a
 * token made for the user "tester", and notification receivers on loopback allowed. Restarting on the same directory and port keeps the data and the token.
 */
public record TestServer(PlatformServer server, LocalPlatform platform, ApiTokens tokens, String token) {

    public static TestServer start(Path directory, ServerSettings settings) {
        return start(directory, settings, null);
    }

    /** Starts a server; {@code token} is reused when given (a restart), else a new one is made. */
    public static TestServer start(Path directory, ServerSettings settings, String token) {
        Database database = Database.h2File(directory);
        ApiTokens tokens = new ApiTokens(database);
        String secret = token != null ? token : tokens.create("tester").secret();
        LocalPlatform platform = LocalPlatform.open(PlatformContract.receiversOnLoopback(directory), database,
                NodeOptions.defaultFor(database));
        PlatformServer server = SightlineServer.builder(platform, new VerifiedTokens(tokens)).settings(settings).build()
                .start();
        return new TestServer(server, platform, tokens, secret);
    }

    public String url() {
        return server.url().toString();
    }

    public void stop() {
        server.stop();
    }
}

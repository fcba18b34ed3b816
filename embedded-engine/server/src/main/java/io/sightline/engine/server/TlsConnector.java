package io.sightline.engine.server;

import io.sightline.engine.api.PlatformException;
import java.nio.file.Files;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector: the key store's certificate on the configured address and port, HTTP/1.1 inside. */
final class TlsConnector {
    private TlsConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, ServerSettings settings) {
        ServerSettings.Tls tls = settings.tls();
        if (!Files.isReadable(tls.keyStore())) {
            throw PlatformException.invalid("The key store " + tls.keyStore() + " cannot be read. Check the path "
                    + "given with --keystore.");
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // Clients may reach the server by IP address or a name the certificate does not list.
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        return connector;
    }
}

package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file database shares its folder with other processes on this machine (a command line beside a
 * running server) through a TCP port of its own: that port must not be reachable from other machines.
 */
class DatabaseExposureTest {

    @Test
    void theSharingPortListensOnLoopbackOnly(@TempDir Path directory) throws IOException {
        try (Database database = Database.h2File(directory)) {
            database.read(c -> Sql.list(c, "SELECT 1", row -> row.getInt(1)));
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(directory.resolve("sightline.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the lock file names the sharing server").isNotNull();
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(InetAddress.getByName(host).isLoopbackAddress()).as(server).isTrue();
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            }

            Optional<InetAddress> outward = outwardAddress();
            assumeThat(outward).as("this machine has a non-loopback address to try").isPresent();
            assertThatThrownBy(() -> {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(outward.get(), port), 5_000);
                }
            }).as("the port answered on " + outward.get()).isInstanceOf(IOException.class);
        }
    }

    private static Optional<InetAddress> outwardAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}

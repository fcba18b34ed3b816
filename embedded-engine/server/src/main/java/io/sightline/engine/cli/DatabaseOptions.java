package io.sightline.engine.cli;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.config.DataConfig;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which database a command opens: the H2 file in the data folder unless {@code --db} names another JDBC URL
 * (PostgreSQL for a shared server). The password is read from an environment variable, never from the
 * command line, where other users of the machine could read it.
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "The database, e.g. jdbc:postgresql://host:5432/sightline (default: the H2 file in the data folder).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "The database user (with --db).")
    String user;

    @Option(names = "--db-password-env", paramLabel = "VAR",
            description = "The environment variable that holds the database password (with --db).")
    String passwordVariable;

    /** The data part of the configuration: the folder, and the database these options name (password read here). */
    DataConfig dataConfig(Path dataDirectory) {
        if (url == null || url.isBlank()) {
            return DataConfig.in(dataDirectory);
        }
        if (!url.startsWith("jdbc:")) {
            throw PlatformException.invalid("--db takes a JDBC URL such as jdbc:postgresql://host:5432/sightline (got '"
                    + url + "').");
        }
        return DataConfig.in(dataDirectory).withDatabase(url, user,
                Secrets.fromEnvironment(passwordVariable, "--db-password-env"));
    }

    Database open(Path dataDirectory) {
        return dataConfig(dataDirectory).openDatabase();
    }
}

package io.sightline.engine.config;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the engine keeps its data: the folder of datasets and models, and the database — the H2 file in that
 * folder unless {@code databaseUrl} names another (PostgreSQL, which cluster nodes share; the folder is then
 * each node's own cache).
 *
 * @param folder           the data folder
 * @param databaseUrl      a JDBC URL, or empty for the H2 file in {@code folder}
 * @param databaseUser     the database user (with {@code databaseUrl})
 * @param databasePassword the database password (with {@code databaseUrl}); never printed
 * @param secretKeyFile    the key that encrypts secrets kept in the database (the SMTP password), made on first
 *                         use; by default beside the data folder, not in it, so that a copy of the folder does
 *                         not carry it ({@code sightline.secret-key} for a folder {@code sightline}). Cluster
 *                         nodes sharing a database must be given the same key file.
 */
public record DataConfig(Path folder, String databaseUrl, String databaseUser, String databasePassword,
                         Path secretKeyFile) {

    public DataConfig {
        if (folder == null) {
            throw PlatformException.invalid("Choose a data folder.");
        }
        databaseUrl = databaseUrl == null ? "" : databaseUrl.strip();
        databaseUser = databaseUser == null ? "" : databaseUser;
        databasePassword = databasePassword == null ? "" : databasePassword;
        if (!databaseUrl.isEmpty() && !databaseUrl.startsWith("jdbc:")) {
            throw PlatformException.invalid("The database is a JDBC URL such as jdbc:postgresql://host:5432/sightline"
                    + " (got '" + databaseUrl + "').");
        }
        if (secretKeyFile == null) {
            Path absolute = folder.toAbsolutePath().normalize();
            secretKeyFile = absolute.getParent() == null ? absolute.resolve("secret-key")
                    : absolute.resolveSibling(absolute.getFileName() + ".secret-key");
        }
    }

    /** The data and the H2 database in {@code folder}. */
    public static DataConfig in(Path folder) {
        return new DataConfig(folder, "", "", "", null);
    }

    /** The data in this folder, the database elsewhere. */
    public DataConfig withDatabase(String url, String user, String password) {
        return new DataConfig(folder, url, user, password, secretKeyFile);
    }

    /** The same database, the data in {@code newFolder} (and the key beside it unless one was chosen). */
    public DataConfig withFolder(Path newFolder) {
        return new DataConfig(newFolder, databaseUrl, databaseUser, databasePassword,
                secretKeyFile.equals(in(folder).secretKeyFile()) ? null : secretKeyFile);
    }

    /** The secrets' key in {@code keyFile} rather than beside the data folder. */
    public DataConfig withSecretKeyFile(Path keyFile) {
        return new DataConfig(folder, databaseUrl, databaseUser, databasePassword, keyFile);
    }

    /**
     * Opens the database this part names, bringing its schema up to date: the H2 file in the data folder
     * (created if needed), or the JDBC URL with its user and password.
     */
    public Database openDatabase() {
        if (!embeddedDatabase()) {
            return Database.open(databaseUrl, databaseUser, databasePassword);
        }
        try {
            return Database.h2File(Files.createDirectories(folder.toAbsolutePath()));
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Cannot create the data folder " + folder + ": "
                    + e.getMessage() + ". Choose another folder or check its permissions.", e);
        }
    }

    /** Whether the database is the H2 file in the data folder. */
    public boolean embeddedDatabase() {
        return databaseUrl.isEmpty();
    }

    /**
     * Where Sightline keeps its data when nothing else is said, given what the caller read from the environment
     * once: {@code SIGHTLINE_HOME}, else the operating system's usual place for application data
     * ({@code APPDATA} on Windows, {@code ~/Library/Application Support} on macOS, {@code XDG_DATA_HOME} or
     * {@code ~/.local/share} elsewhere).
     */
    public static Path defaultFolder(Map<String, String> environment, String osName, Path userHome) {
        String explicit = environment.get("SIGHTLINE_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return (appData == null ? userHome : Path.of(appData)).resolve("Sightline");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Sightline");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? userHome.resolve(".local").resolve("share") : Path.of(xdg))
                .resolve("sightline");
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "DataConfig[folder=" + folder + ", databaseUrl=" + databaseUrl + ", databaseUser=" + databaseUser
                + ", secretKeyFile=" + secretKeyFile + "]";
    }
}

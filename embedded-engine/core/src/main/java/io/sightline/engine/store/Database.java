package io.sightline.engine.store;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** The platform's database: a pooled JDBC data source, migrated by Flyway when opened. */
public final class Database implements AutoCloseable {
    private static final int CONFLICT_ATTEMPTS = 3;
    /** Unique key violation, serialization failure, deadlock: the same codes on H2 and PostgreSQL. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");

    /**
     * H2 reads this once, when its classes are first loaded, and binds the AUTO_SERVER port to it; unset, that
     * port listens on every interface. Set before any H2 class is used, unless the launcher chose otherwise.
     */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    static {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    private final String url;
    private final DataSource dataSource;
    private final AutoCloseable pool;

    private Database(String url, DataSource dataSource, AutoCloseable pool) {
        this.url = url;
        this.dataSource = dataSource;
        this.pool = pool;
    }

    /**
     * The H2 file database in {@code directory}. AUTO_SERVER lets a command line ({@code token revoke}) and a
     * running server or console on the same machine share one data directory at the same time: the first to
     * open the file serves it to the others on a random port, bound to loopback only (see
     * {@link #H2_BIND_ADDRESS}) and guarded by a random key kept in the lock file. H2 refuses AUTO_SERVER
     * together with DB_CLOSE_ON_EXIT=FALSE, so its own exit hook closes the file when the JVM exits: whoever
     * stops the engine on a signal must close it before letting the JVM exit (as {@code serve} does). The
     * {@code retry:} file system reopens the file when a thread is interrupted in the
     * middle of a write, where plain NIO would close the channel and with it the whole database for every other
     * caller.
     */
    public static Database h2File(Path directory) {
        String url = "jdbc:h2:retry:" + directory.toAbsolutePath().resolve("sightline")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        return open(url, "sa", "");
    }

    /** Opens any JDBC URL (H2 or PostgreSQL) and brings its schema up to date. */
    public static Database open(String url, String user, String password) {
        Database database;
        if (url.startsWith("jdbc:h2:")) {
            JdbcConnectionPool h2Pool = JdbcConnectionPool.create(url, user, password);
            h2Pool.setMaxConnections(32);
            database = new Database(url, h2Pool, h2Pool::dispose);
        } else {
            database = new Database(url, new DriverManagerSource(url, user, password), () -> { });
        }
        database.migrate();
        return database;
    }

    public String url() {
        return url;
    }

    private void migrate() {
        try {
            // migrations are numbered when planned and may land in another order: a database that already has a
            // later one still gets an earlier one that arrived after it
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE,
                    "The database at " + url + " could not be opened or upgraded: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    /**
     * Like {@link #inTransaction}, for work that another node may be doing at the same moment (two nodes
     * numbering new versions of one model): when the database refuses it as a conflict with another
     * transaction (a duplicate key, a serialization failure, a deadlock), it is rolled back and run again, up to
     * {@value #CONFLICT_ATTEMPTS} times in all.
     */
    public <T> T inTransactionRetryingConflicts(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (PlatformException e) {
                if (attempt >= CONFLICT_ATTEMPTS || !(e.getCause() instanceof SQLException sql)
                        || !CONFLICT_STATES.contains(sql.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** Runs read-only or single-statement {@code work} with auto-commit. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    private PlatformException storageFailure(SQLException e) {
        return new PlatformException(ErrorCode.UNAVAILABLE, "The database did not answer: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("Closing the database failed", e);
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Connections straight from the driver, for databases without a pool of their own here. */
    private record DriverManagerSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
            return DriverManager.getConnection(url, otherUser, otherPassword);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger("io.sightline");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}

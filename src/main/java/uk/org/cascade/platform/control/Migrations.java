package uk.org.cascade.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Liquibase owns the schema: the changelogs under {@code liquibase/} run at deployment, before any
 * other startup work touches JPA (those beans declare {@code @DependsOn("Migrations")}).
 * Already-applied changesets are skipped, so a restart changes nothing.
 */
@Startup
@Singleton(name = "Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String CHANGELOG = "liquibase/changelog.xml";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final String LOCK = "cascade.migrations";
    private static final int LOCK_WAIT_SECONDS = 900;

    @Resource(lookup = CascadeDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Liquibase reports routine probing (e.g. reserved words) with stack traces at INFO.
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        try (Connection connection = dataSource.getConnection()) {
            // A change set may rewrite a big table for longer than a request's read timeout.
            connection.setNetworkTimeout(Runnable::run, 0);
            try {
                underLock(connection);
            } finally {
                connection.setNetworkTimeout(Runnable::run, CascadeDataSource.SOCKET_TIMEOUT_MILLIS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed; Cascade cannot start", e);
        }
    }

    /**
     * Instances starting together would each create Liquibase's own tables, which happens outside Liquibase's
     * lock ("Table 'DATABASECHANGELOG' already exists"). A server-wide named lock, held by this connection for the
     * whole update, lets one instance migrate while the others wait and then find nothing left to do.
     */
    private static void underLock(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, LOCK);
            lock.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet answer = lock.executeQuery()) {
                if (!answer.next() || answer.getInt(1) != 1) {
                    throw new IllegalStateException("Another instance has been migrating the database for more than "
                            + LOCK_WAIT_SECONDS + " s; giving up");
                }
            }
        }
        try {
            update(connection);
        } finally {
            try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, LOCK);
                release.execute();
            }
        }
    }

    private static void update(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(CHANGELOG,
                new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
        int pending = liquibase.listUnrunChangeSets(null, null).size();
        // Liquibase's progress goes to the log, not straight to standard output.
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update((String) null));
        LOG.info(() -> "Database schema is up to date (" + pending + " change sets applied now)");
    }
}

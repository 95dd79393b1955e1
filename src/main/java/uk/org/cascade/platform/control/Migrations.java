package uk.org.cascade.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
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
                update(connection);
            } finally {
                connection.setNetworkTimeout(Runnable::run, CascadeDataSource.SOCKET_TIMEOUT_MILLIS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed; Cascade cannot start", e);
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

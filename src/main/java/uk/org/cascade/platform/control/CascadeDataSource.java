package uk.org.cascade.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Its URL and credentials come from MicroProfile Config: the environment
 * ({@code CASCADE_DB_URL}, {@code CASCADE_DB_USER}, {@code CASCADE_DB_PASSWORD}) or the system
 * properties the launcher sets for the embedded database.
 *
 * <p>Every wait on the database is bounded, so that an outage answers 503 instead of hanging
 * requests: a request waits at most {@value #MAX_WAIT_MILLIS} ms for a pooled connection, a new
 * connection at most {@value #CONNECT_TIMEOUT_MILLIS} ms for TCP, and any one read from the server
 * at most {@value #SOCKET_TIMEOUT_MILLIS} ms (the login handshake: {@link DatabaseWatch#LOGIN_TIMEOUT_SECONDS} s).
 * One connection failure drops them all, so that the pool heals by itself once the database is back.
 * Work that legitimately runs longer than the read timeout (migrations) lifts it on its own connection.
 *
 * <p>{@link DatabaseWatch} notices an outage within two seconds and requests are turned away with 503
 * until it ends, so few requests ever reach the pool while the database is away. Each connection is pinged
 * before use: a request that arrives in the moment before the watch notices waits at most one read timeout
 * for that ping plus a login timeout for a fresh connection, and after the database comes back no dead
 * connection is handed out.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = CascadeDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=cascade.db.url}",
        user = "${MPCONFIG=cascade.db.user}",
        password = "${MPCONFIG=cascade.db.password}",
        minPoolSize = 2,
        maxPoolSize = CascadeDataSource.MAX_POOL_SIZE,
        properties = {
            // A ping (Connection.isValid) before each use: after the database restarts, every pooled connection is
            // dead, and without the check the pool hands them out one request after another and never heals.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=" + CascadeDataSource.MAX_WAIT_MILLIS,
            // Connector/J's own settings, for a CASCADE_DB_URL that does not set them.
            "connectTimeout=" + CascadeDataSource.CONNECT_TIMEOUT_MILLIS,
            "socketTimeout=" + CascadeDataSource.SOCKET_TIMEOUT_MILLIS
        })
public class CascadeDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/cascade";

    public static final int MAX_POOL_SIZE = 32;
    public static final int MAX_WAIT_MILLIS = 5000;
    public static final int CONNECT_TIMEOUT_MILLIS = 3000;
    public static final int SOCKET_TIMEOUT_MILLIS = 6000;
}

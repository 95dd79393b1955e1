package uk.org.cascade.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Its URL and credentials come from MicroProfile Config: the environment
 * ({@code CASCADE_DB_URL}, {@code CASCADE_DB_USER}, {@code CASCADE_DB_PASSWORD}) or the system
 * properties the launcher sets for the embedded database. Connections are validated before use so
 * that the pool recovers by itself after a database outage.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = CascadeDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=cascade.db.url}",
        user = "${MPCONFIG=cascade.db.user}",
        password = "${MPCONFIG=cascade.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
public class CascadeDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/cascade";
}

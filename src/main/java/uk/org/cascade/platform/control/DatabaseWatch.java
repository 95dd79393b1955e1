package uk.org.cascade.platform.control;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Knows, within two seconds, whether the database answers. Four times a second it pings the server
 * over a connection of its own, outside the pool, with short timeouts, so the check can never wait
 * in the pool's queue nor hang on a server that stopped answering. {@code /health} reports this,
 * and while the database is away requests are answered 503 at once instead of each waiting for
 * its own timeouts.
 */
@ApplicationScoped
public class DatabaseWatch {

    static final Duration PERIOD = Duration.ofMillis(250);
    /** A healthy server answers a ping in microseconds; 1.5 s of silence means it is away. */
    static final int TIMEOUT_MILLIS = 1500;
    /**
     * Connector/J bounds its login handshake by {@code DriverManager}'s login timeout (JVM-wide; Cascade is
     * the only application in its Payara Micro): a server that accepts TCP but never greets costs a new
     * pooled connection this long, not the whole read timeout.
     */
    public static final int LOGIN_TIMEOUT_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** After the database was away, its first answers may still fail on connections the outage broke. */
    static final Duration AFTERMATH = Duration.ofSeconds(10);

    // Static so that exception mappers outside CDI can ask; Cascade is the only application in its JVM.
    private static volatile long lastAwayNanos = System.nanoTime() - AFTERMATH.toNanos() - 1;

    private volatile boolean away;
    private Connection connection;
    private ScheduledFuture<?> checks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        checks = scheduler.scheduleWithFixedDelay(this::check, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (checks != null) {
            checks.cancel(true);
        }
        drop();
    }

    /** True while the database is away and for {@link #AFTERMATH} after it came back. */
    public static boolean awayRecently() {
        return System.nanoTime() - lastAwayNanos <= AFTERMATH.toNanos();
    }

    /** True while the last check found the database not answering. */
    public boolean isAway() {
        return away;
    }

    synchronized void check() {
        boolean answers;
        try {
            if (connection == null) {
                connection = connect();
            }
            // Connector/J answers "/* ping */" with a protocol ping, bounded by the network timeout set below.
            try (Statement ping = connection.createStatement()) {
                ping.execute("/* ping */ SELECT 1");
            }
            answers = true;
        } catch (SQLException | RuntimeException e) {
            answers = false;
        }
        if (!answers) {
            drop();
        }
        if (away == answers) {
            // Only the change is logged, without the driver's message (it names hosts and users).
            LOG.warning(answers ? "The database answers again" : "The database is not answering");
        }
        away = !answers;
        if (!answers) {
            lastAwayNanos = System.nanoTime();
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        MysqlDataSource source = new MysqlDataSource();
        source.setURL(config.getValue("cascade.db.url", String.class));
        source.setUser(config.getValue("cascade.db.user", String.class));
        source.setPassword(config.getValue("cascade.db.password", String.class));
        source.setConnectTimeout(TIMEOUT_MILLIS);
        // Bounds the login handshake too: a stopped server accepts TCP but never greets.
        source.setSocketTimeout(TIMEOUT_MILLIS);
        Connection fresh = source.getConnection();
        // In case the URL's own socketTimeout took precedence over the one above.
        fresh.setNetworkTimeout(Runnable::run, TIMEOUT_MILLIS);
        return fresh;
    }

    private void drop() {
        if (connection != null) {
            try {
                // abort, not close: close would wait on a server that does not answer.
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                // Gone either way.
            }
            connection = null;
        }
    }
}

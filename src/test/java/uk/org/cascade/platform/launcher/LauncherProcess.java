package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged launcher ({@code java -jar target/cascade.jar}) as a child process of the drills, on a
 * free loopback port with its own data folder under target/. Everything it starts is stopped by
 * {@link #close()}, also after a failed drill: the launcher, then any MariaDB left on its data.
 */
final class LauncherProcess implements AutoCloseable {

    static final String ADMIN_EMAIL = "drill-admin@cascade.test";
    static final String ADMIN_PASSWORD = "drill admin pass phrase seven";
    private static final Duration READY_LIMIT = Duration.ofSeconds(300);

    private final Path jar = Path.of("target", "cascade.jar").toAbsolutePath();
    private final Path dataDir;
    private final int port;
    private final boolean demo;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;
    private int starts;
    private Path log;

    LauncherProcess(Path dataDir, int port) {
        this(dataDir, port, false);
    }

    /** With {@code demo}, the launcher loads the demo world, as the README's first command does. */
    LauncherProcess(Path dataDir, int port, boolean demo) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
        this.demo = demo;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Sets a variable of the launcher's environment, e.g. {@code CASCADE_DB_URL} or a cluster setting. */
    LauncherProcess with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the launcher and waits until /health is UP; returns how long that took. */
    Duration start() throws Exception {
        long started = System.nanoTime();
        launch();
        awaitReady();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The log of the latest start. */
    Path log() {
        return log;
    }

    /** Starts the launcher without waiting for it. */
    void launch() throws IOException {
        starts++;
        log = Path.of("target", dataDir.getFileName() + "-launcher-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CASCADE_DATA_DIR", dataDir.toString());
        builder.environment().put("CASCADE_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CASCADE_DEMO_DATA", Boolean.toString(demo));
        builder.environment().put("CASCADE_MAP_TILES", "none");
        builder.environment().put("CASCADE_ADMIN_EMAIL", ADMIN_EMAIL);
        builder.environment().put("CASCADE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("CASCADE_COVERAGE_SNAPSHOTS_AT_START", "false");
        builder.environment().put("CASCADE_BASE_URL", base() + "/");
        builder.environment().remove("CASCADE_DB_URL");
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits (bounded) until the launched instance's /health answers 200. */
    void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The launcher exited with " + process.exitValue() + "; see " + log);
            }
            if (healthStatus() == 200) {
                return;
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The launcher was not ready within " + READY_LIMIT.toSeconds() + " s; see " + log);
    }

    int healthStatus() {
        try {
            return http.send(HttpRequest.newBuilder(base().resolve("/health")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits up to {@code patience} for the launcher to exit (a bounded pause between looks at its log). */
    boolean awaitExit(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The launcher's exit code; it must have exited. */
    int exitCode() {
        return process.exitValue();
    }

    /** {@code kill -9} of the launcher's JVM: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The launcher survived SIGKILL");
        }
    }

    /** The watchdog the launcher started for its database: a child sh process. */
    Optional<ProcessHandle> watchdog() {
        return process.toHandle().children()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of())
                        .contains("cascade-mariadb-watchdog"))
                .findFirst();
    }

    /** The MariaDB servers running on this launcher's data, found as the launcher itself finds leftovers. */
    List<Long> databaseServers() {
        return LeftoverServer.serversOn(dataDir.resolve("mariadb"), EmbeddedDatabase.pidFile(dataDir));
    }

    long databasePid() {
        return LeftoverServer.pidIn(EmbeddedDatabase.pidFile(dataDir))
                .orElseThrow(() -> new IllegalStateException("No pid file beside " + dataDir));
    }

    /** Waits until no MariaDB runs on the data (bounded); returns how long, or empty if one still runs. */
    Optional<Duration> awaitNoDatabase(Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        Instant deadline = Instant.now().plus(patience);
        while (!databaseServers().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            Thread.sleep(100);
        }
        return Optional.of(Duration.ofNanos(System.nanoTime() - started));
    }

    static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    /** An orderly stop (SIGTERM, shutdown hooks), then whatever is left, by force. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        for (long pid : databaseServers()) {
            // A server stopped with SIGSTOP by a failed drill would ignore SIGTERM until continued.
            ProcessHandle.of(pid).ifPresent(server -> {
                try {
                    signal(pid, "CONT");
                } catch (IOException | InterruptedException e) {
                    // destroyForcibly below still ends it.
                }
                server.destroyForcibly();
            });
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

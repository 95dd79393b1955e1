package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.PageSession;

/**
 * Requests per second and latency of the API under load, {@code ./mvnw verify -Pbenchmark -Dit.test=ApiLoadBenchmark}:
 * the packaged launcher with the demo world, driven by {@code wrk} (Debian's package: {@code apt-get install wrk}) with
 * 16 connections on two threads for each of {@code /health}, {@code /api/v1/me} and one local authority's coverage,
 * each with an API token (Bearer), HTTP Basic and a signed-in session, as the demo coordinator. Prints requests/s, p50
 * and p99 beside their ratio to {@code /health} in the same run, writes them to target/api-load.txt, and fails when
 * the targets are missed: Bearer {@code /api/v1/me} at least half of {@code /health}'s requests/s, one-LA
 * coverage with a Bearer token at p99 within 100 ms, and no answer other than 200.
 */
class ApiLoadBenchmark {

    private static final Path DATA = Path.of("target", "api-load-data");
    private static final Caller COORDINATOR = new Caller("coordinator@cascade.example", "demo-coordinator-norfolk");
    private static final String NORFOLK = "926";
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final int CONNECTIONS = 16;

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: .*");

    private static final Logger LOG = Logger.getLogger(ApiLoadBenchmark.class.getName());
    private static LauncherProcess launcher;

    /** One measured run: what was asked, how, and what wrk saw. */
    record Run(String path, String auth, double perSecond, double p50, double p99) {
    }

    @BeforeAll
    static void start() throws Exception {
        LauncherProcess.deleteRecursively(DATA);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        launcher = new LauncherProcess(DATA, port, true);
        launcher.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    void apiKeepsUpWithHealth() throws Exception {
        Api api = new Api(launcher.base().toURL());
        Answer created = api.post("/api/v1/me/tokens", "{\"name\":\"load benchmark\",\"expiresInDays\":1}", COORDINATOR);
        assertEquals(201, created.status(), created.body());
        String bearer = "Bearer " + created.json().getString("token");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (COORDINATOR.email() + ":" + COORDINATOR.password()).getBytes(StandardCharsets.UTF_8));
        String cookie = PageSession.signIn(api, COORDINATOR).cookieHeader();

        String coverage = "/api/v1/coverage?la=" + NORFOLK;
        List<Run> runs = new ArrayList<>();
        runs.add(measure("/health", "none", null));
        for (String path : List.of("/api/v1/me", coverage)) {
            runs.add(measure(path, "Bearer", "Authorization: " + bearer));
            runs.add(measure(path, "Basic", "Authorization: " + basic));
            runs.add(measure(path, "session", "Cookie: " + cookie));
        }

        Run health = runs.get(0);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nAPI under load: wrk, %d connections, %d s after %d s warm-up, demo world, 2 cores shared with the server%n"
                        + "| endpoint | auth | requests/s | ÷ /health | p50 ms | p99 ms | p99 ÷ /health |%n"
                        + "| --- | --- | ---: | ---: | ---: | ---: | ---: |%n",
                CONNECTIONS, MEASURED.toSeconds(), WARM_UP.toSeconds()));
        for (Run run : runs) {
            table.append(String.format(Locale.ROOT, "| `%s` | %s | %.0f | %.2f | %.1f | %.1f | %.1f |%n", run.path(),
                    run.auth(), run.perSecond(), run.perSecond() / health.perSecond(), run.p50(), run.p99(),
                    run.p99() / health.p99()));
        }
        Files.writeString(Path.of("target", "api-load.txt"), table);
        LOG.info(table::toString);

        Run bearerMe = runs.get(1);
        Run bearerCoverage = runs.get(4);
        assertTrue(bearerMe.perSecond() >= health.perSecond() / 2, "Bearer /api/v1/me at "
                + Math.round(bearerMe.perSecond()) + " requests/s, under half of /health's " + Math.round(health.perSecond()));
        assertTrue(bearerCoverage.p99() <= 100, "one-LA coverage with a Bearer token: p99 " + bearerCoverage.p99() + " ms");
    }

    private static Run measure(String path, String auth, String header) throws Exception {
        wrk(path, header, WARM_UP);
        String out = wrk(path, header, MEASURED);
        Matcher nonOk = NON_2XX.matcher(out);
        assertTrue(!nonOk.find(), path + " with " + auth + " answered " + (nonOk.find(0) ? nonOk.group(1) : "some")
                + " requests with other than 2xx/3xx:\n" + out);
        Matcher socketErrors = ERRORS.matcher(out);
        assertTrue(!socketErrors.find(), path + " with " + auth + ": " + out);
        Matcher perSecond = REQUESTS.matcher(out);
        assertTrue(perSecond.find(), out);
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double ms = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        return new Run(path, auth, Double.parseDouble(perSecond.group(1)), p50, p99);
    }

    /** One wrk run. The API never redirects: a session or token that stopped working shows in wrk's count of 4xx. */
    private static String wrk(String path, String header, Duration length) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS,
                "-d" + length.toSeconds() + "s", "--timeout", "5s", "--latency"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        command.add(launcher.base() + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(length.toSeconds() + 30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed (is it installed? apt-get install wrk):\n" + out);
        }
        return out;
    }
}

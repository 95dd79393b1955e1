package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.org.cascade.platform.launcher.Traffic.Kind;
import uk.org.cascade.platform.launcher.Traffic.Outcome;

/**
 * Crash and outage drills against the packaged launcher, {@code ./mvnw verify -Preliability} (never part
 * of the normal suite): kill -9 of the launcher, a leftover database, the database stopped (SIGSTOP)
 * and killed under traffic, and same-key races. Prints a table of figures and writes it to
 * target/reliability-drills.txt. Each phase of traffic lasts a set time: that is the drill, not a wait for
 * something to happen; every wait for something to happen is a bounded poll.
 */
@TestMethodOrder(OrderAnnotation.class)
class ReliabilityDrill {

    private static final Path DATA = Path.of("target", "reliability-data");
    private static final Duration STOPPED_FOR = Duration.ofSeconds(15);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration HEAL_LIMIT = Duration.ofSeconds(30);
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(3);
    private static final Duration API_LIMIT = Duration.ofSeconds(10);

    private static final DrillFigures FIGURES = new DrillFigures("Reliability drills (./mvnw verify -Preliability)",
            Path.of("target", "reliability-drills.txt"));
    private static final List<String> ACKNOWLEDGED = new ArrayList<>();
    private static LauncherProcess launcher;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startLauncher() throws Exception {
        LauncherProcess.deleteRecursively(DATA);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        launcher = new LauncherProcess(DATA, port);
        figure("first start, empty data: ready in", seconds(launcher.start()));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (launcher != null) {
                launcher.close();
                figure("MariaDB servers left after the drills' orderly stop", "" + launcher.databaseServers().size());
            }
        } finally {
            FIGURES.write();
        }
    }

    @Test
    @Order(1)
    void killedLauncher_leavesNoDatabase_andStartsAgainWithItsData() throws Exception {
        List<String> saved = createUsers("a", 3);
        assertTrue(launcher.watchdog().isPresent(), "the launcher watches over its database");

        launcher.kill9();
        Optional<Duration> gone = launcher.awaitNoDatabase(Duration.ofSeconds(60));
        figure("(a) kill -9 launcher: its mariadbd gone after", gone.map(ReliabilityDrill::seconds).orElse("STILL RUNNING"));
        assertTrue(gone.isPresent(), "the embedded MariaDB does not outlive its launcher");

        figure("(a) restart after kill -9: ready in", seconds(launcher.start()));
        assertEquals(1, launcher.databaseServers().size());
        assertEquals(Set.copyOf(saved), present("a-"), "data intact");
        figure("(a) users saved before kill -9 / found after", saved.size() + " / " + present("a-").size());
    }

    @Test
    @Order(2)
    void leftoverDatabase_isStoppedAtTheNextStart() throws Exception {
        List<String> saved = createUsers("lo", 2);
        long leftover = launcher.databasePid();
        // Without its watchdog (killed first), a killed launcher leaves its server behind, as before the fix.
        LauncherProcess.signal(launcher.watchdog().orElseThrow().pid(), "KILL");
        launcher.kill9();
        assertEquals(List.of(leftover), launcher.databaseServers(), "a leftover server holds the data");

        figure("(a) restart with a leftover mariadbd on the data: ready in", seconds(launcher.start()));
        assertFalse(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false), "the leftover was stopped");
        assertEquals(1, launcher.databaseServers().size());
        assertEquals(Set.copyOf(saved), present("lo-"), "data intact");
    }

    @Test
    @Order(3)
    void stoppedDatabase_answersWithinBounds_andHealsByItself() throws Exception {
        long pid = launcher.databasePid();
        List<Outcome> outcomes;
        long stopped;
        long continued;
        try (Traffic traffic = new Traffic(launcher.base(), "b", 4)) {
            traffic.start();
            hold(WARM_UP);
            stopped = System.nanoTime();
            LauncherProcess.signal(pid, "STOP");
            try {
                hold(STOPPED_FOR);
            } finally {
                LauncherProcess.signal(pid, "CONT");
            }
            continued = System.nanoTime();
            awaitHealed(traffic, continued);
            outcomes = traffic.stop();
        }
        record(outcomes);
        dump("sigstop", outcomes, stopped);
        List<Outcome> whileStopped = during(outcomes, stopped, continued);
        Duration health = slowest(whileStopped, o -> o.kind() == Kind.HEALTH);
        Duration api = slowest(whileStopped, o -> o.kind() != Kind.HEALTH);
        // The total latency of a request in flight at the stop includes its normal work before the stop
        // (a write hashes a password: seconds on a busy machine); what the outage costs it is the wait after.
        Duration inFlightAnswered = outcomes.stream()
                .filter(o -> o.kind() != Kind.HEALTH && o.started() < stopped && o.ended() >= stopped)
                .map(o -> Duration.ofNanos(o.ended() - stopped)).max(Duration::compareTo).orElse(Duration.ZERO);
        Duration sentWhileStopped = slowest(startedBetween(outcomes, stopped, continued), o -> o.kind() != Kind.HEALTH);
        Optional<Duration> healed = healedAfter(outcomes, continued);
        figure("(b) SIGSTOP 15 s under traffic: answers in flight or sent while stopped", byStatus(whileStopped));
        figure("(b) answers after SIGCONT", byStatus(startedBetween(outcomes, continued, Long.MAX_VALUE)));
        figure("(b) slowest /health in flight or sent while stopped", seconds(health));
        figure("(b) slowest API request in flight or sent while stopped (total latency)", seconds(api));
        figure("(b) API requests in flight at the stop: all answered within (after the stop)", seconds(inFlightAnswered));
        figure("(b) slowest API answer to a request sent while stopped", seconds(sentWhileStopped));
        figure("(b) SIGCONT to first API 200", healed.map(ReliabilityDrill::seconds).orElse("NOT HEALED"));

        assertTrue(health.compareTo(HEALTH_LIMIT) <= 0, "health within 3 s: " + seconds(health));
        assertTrue(inFlightAnswered.compareTo(API_LIMIT) <= 0, "in-flight API requests answered within 10 s of the stop: "
                + seconds(inFlightAnswered));
        assertTrue(sentWhileStopped.compareTo(API_LIMIT) <= 0, "API requests sent while stopped answered within 10 s: "
                + seconds(sentWhileStopped));
        assertEquals(0, unexpected(outcomes), "only 2xx and 503: " + byStatus(outcomes));
        assertTrue(healed.isPresent() && healed.get().compareTo(HEAL_LIMIT) <= 0, "healed within 30 s");
    }

    @Test
    @Order(4)
    void killedDatabase_isRestarted_andNoAcknowledgedWriteIsLost() throws Exception {
        long pid = launcher.databasePid();
        List<Outcome> outcomes;
        long killed;
        try (Traffic traffic = new Traffic(launcher.base(), "c", 4)) {
            traffic.start();
            hold(WARM_UP);
            killed = System.nanoTime();
            LauncherProcess.signal(pid, "KILL");
            awaitHealed(traffic, killed);
            outcomes = traffic.stop();
        }
        record(outcomes);
        dump("kill", outcomes, killed);
        long restarted = launcher.databasePid();
        assertNotEquals(pid, restarted, "a new server");
        assertEquals(List.of(restarted), launcher.databaseServers());

        List<Outcome> afterKill = during(outcomes, killed, Long.MAX_VALUE);
        Optional<Duration> healed = healedAfter(outcomes, killed);
        Set<String> present = new HashSet<>(present("b-"));
        present.addAll(present("c-"));
        long lost = ACKNOWLEDGED.stream().filter(email -> !present.contains(email)).count();
        long unacknowledgedButSaved = outcomes.stream()
                .filter(o -> o.kind() == Kind.WRITE && o.status() != 201 && present.contains(o.email())).count();
        figure("(c) kill -9 mariadbd under traffic: answers in flight or sent after the kill", byStatus(afterKill));
        figure("(c) slowest API answer in flight or sent after the kill", seconds(slowest(afterKill, o -> o.kind() != Kind.HEALTH)));
        figure("(c) kill to first API 200 (launcher restarted MariaDB)",
                healed.map(ReliabilityDrill::seconds).orElse("NOT HEALED"));
        figure("(c) writes acknowledged (201) in (b)+(c) / found after", ACKNOWLEDGED.size() + " / "
                + (ACKNOWLEDGED.size() - lost));
        figure("(c) writes lost", "" + lost);
        figure("(c) writes not acknowledged but saved (answer lost in the crash)", "" + unacknowledgedButSaved);

        assertEquals(0, lost, "no acknowledged write is lost");
        assertEquals(0, unexpected(outcomes), "only 2xx and 503: " + byStatus(outcomes));
        assertTrue(healed.isPresent() && healed.get().compareTo(HEAL_LIMIT) <= 0, "healed within 30 s");
    }

    @Test
    @Order(5)
    void sameKeyRace_answersOneCreatedAndConflicts() throws Exception {
        String email = "race-" + System.nanoTime() + "@drill.test";
        int racers = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await(30, TimeUnit.SECONDS);
                        return post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Race Person\","
                                + "\"password\":\"a long enough password\",\"roles\":[\"LEARNER\"]}").statusCode();
                    } catch (Exception e) {
                        return -1;
                    }
                }, pool));
            }
            go.countDown();
            Map<Integer, Long> statuses = new TreeMap<>();
            for (CompletableFuture<Integer> answer : answers) {
                statuses.merge(answer.get(90, TimeUnit.SECONDS), 1L, Long::sum);
            }
            figure("(d) 10 parallel POST /api/v1/users, one email: answers", format(statuses));
            assertEquals(1L, statuses.getOrDefault(201, 0L), "exactly one created: " + statuses);
            assertTrue(statuses.keySet().stream().allMatch(s -> s > 0 && s < 500), "no 5xx: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----

    private static void figure(String name, String value) {
        FIGURES.put(name, value);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    /** A phase of the drill lasts this long. */
    private static void hold(Duration phase) throws InterruptedException {
        Thread.sleep(phase.toMillis());
    }

    /** Polls (bounded) until an API read started after {@code since} answered 200, then lets traffic run 5 s more. */
    private static void awaitHealed(Traffic traffic, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && healedAfter(traffic.snapshot(), since).isEmpty()) {
            Thread.sleep(200);
        }
        hold(Duration.ofSeconds(5));
    }

    private static Optional<Duration> healedAfter(List<Outcome> outcomes, long since) {
        return outcomes.stream()
                .filter(o -> o.kind() == Kind.READ && o.started() >= since && o.status() == 200)
                .map(o -> Duration.ofNanos(o.ended() - since))
                .min(Duration::compareTo);
    }

    /** Every answer of a phase, relative to the fault, for a closer look: target/reliability-<phase>.csv. */
    private static void dump(String phase, List<Outcome> outcomes, long fault) throws java.io.IOException {
        String rows = outcomes.stream()
                .map(o -> o.kind() + "," + (o.started() - fault) / 1_000_000 + "," + o.latency().toMillis() + "," + o.status())
                .collect(Collectors.joining("\n", "kind,started_ms_after_fault,latency_ms,status\n", "\n"));
        Files.writeString(Path.of("target", "reliability-" + phase + ".csv"), rows);
    }

    private static void record(List<Outcome> outcomes) {
        outcomes.stream().filter(o -> o.kind() == Kind.WRITE && o.status() == 201)
                .forEach(o -> ACKNOWLEDGED.add(o.email()));
    }

    private static List<Outcome> startedBetween(List<Outcome> outcomes, long from, long to) {
        return outcomes.stream().filter(o -> o.started() >= from && o.started() < to).toList();
    }

    /** Requests the fault could touch: in flight when it began, or sent before it ended. */
    private static List<Outcome> during(List<Outcome> outcomes, long from, long to) {
        return outcomes.stream().filter(o -> o.ended() >= from && o.started() < to).toList();
    }

    private static Duration slowest(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).map(Outcome::latency).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Anything but 2xx and 503 (no answer at all counts too). */
    private static long unexpected(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> !(o.status() >= 200 && o.status() < 300) && o.status() != 503).count();
    }

    private static String byStatus(List<Outcome> outcomes) {
        Map<String, Map<Integer, Long>> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            table.computeIfAbsent(o.kind().name().toLowerCase(), k -> new TreeMap<>()).merge(o.status(), 1L, Long::sum);
        }
        return table.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String format(Map<Integer, Long> statuses) {
        return statuses.entrySet().stream().map(e -> e.getValue() + "×" + (e.getKey() < 0 ? "no answer" : e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static List<String> createUsers(String tag, int count) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = tag + "-" + i + "-" + System.nanoTime() + "@drill.test";
            HttpResponse<String> created = post("/api/v1/users", "{\"email\":\"" + email
                    + "\",\"name\":\"Drill Person\",\"password\":\"a long enough password\",\"roles\":[\"LEARNER\"]}");
            assertEquals(201, created.statusCode(), created.body());
            emails.add(email);
        }
        return emails;
    }

    /** The emails of the users whose email starts with {@code prefix}, read through the API. */
    private static Set<String> present(String prefix) throws Exception {
        Set<String> emails = new HashSet<>();
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> list = get("/api/v1/users?size=500&page=" + page + "&q=" + prefix);
            assertEquals(200, list.statusCode(), list.body());
            JsonObject body = Json.createReader(new StringReader(list.body())).readObject();
            body.getJsonArray("items").forEach(item -> {
                String email = item.asJsonObject().getString("email");
                if (email.startsWith(prefix)) {
                    emails.add(email);
                }
            });
            if ((long) (page + 1) * 500 >= body.getJsonNumber("total").longValue()) {
                break;
            }
        }
        return emails;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(launcher.base().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Traffic.basic(LauncherProcess.ADMIN_EMAIL, LauncherProcess.ADMIN_PASSWORD))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(launcher.base().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Traffic.basic(LauncherProcess.ADMIN_EMAIL, LauncherProcess.ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

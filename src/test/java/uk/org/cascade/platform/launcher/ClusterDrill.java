package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.PageSession;

/**
 * {@code ./mvnw verify -Pcluster}: two packaged launchers (A and B) as one Payara Micro cluster on one external
 * MariaDB (Debian's, run by {@link ExternalDatabase}), everything on 127.0.0.1. Both start at once on the empty
 * database; then a session signed in on A is used on B, 200 enrolments race for 30 places across both, A is
 * killed with SIGKILL under traffic and in the middle of a form, a new A joins, and both run the day's refresher
 * run at once. Prints a table of figures and writes it to target/cluster-drill.txt. Every loop is bounded in
 * count and time, and {@link #stopEverything} stops all it started.
 */
@TestMethodOrder(OrderAnnotation.class)
class ClusterDrill {

    private static final Path DIR = Path.of("target", "cluster-drill");
    private static final Caller ADMIN = new Caller(LauncherProcess.ADMIN_EMAIL, LauncherProcess.ADMIN_PASSWORD);
    private static final int NORFOLK_SCHOOL = 990101;
    private static final int ENROLMENTS = 200;
    private static final int CAPACITY = 30;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(120);
    private static final Pattern APPLIED = Pattern.compile("Database schema is up to date \\((\\d+) change sets applied now\\)");
    private static final Pattern MEMBERS = Pattern.compile("DG Size: (\\d+)");

    private static final DrillFigures FIGURES = new DrillFigures("Cluster drill (./mvnw verify -Pcluster)",
            Path.of("target", "cluster-drill.txt"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static ExternalDatabase database;
    private static LauncherProcess a;
    private static LauncherProcess b;
    private static Api apiA;
    private static Api apiB;
    private static int gridA;
    private static int gridB;
    private static PageSession browser;
    private static String bearer;

    @BeforeAll
    static void startTheCluster() throws Exception {
        LauncherProcess.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        database = ExternalDatabase.start(DIR.resolve("database"), freePort());
        gridA = freePort();
        gridB = freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String name = "cascade-drill-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = java.util.Base64.getEncoder().encodeToString(
                java.security.SecureRandom.getInstanceStrong().generateSeed(32));
        a = instance("a", gridA, members, name).with("CASCADE_SECRET_KEY", secret);
        b = instance("b", gridB, members, name).with("CASCADE_SECRET_KEY", secret);
        apiA = new Api(a.base().toURL());
        apiB = new Api(b.base().toURL());

        long started = System.nanoTime();
        a.launch();
        b.launch();
        a.awaitReady();
        b.awaitReady();
        figure("A and B started at once on an empty database: both ready in", seconds(System.nanoTime() - started));

        int appliedByA = applied(a.log());
        int appliedByB = applied(b.log());
        long changeSets = database.count("SELECT COUNT(*) FROM DATABASECHANGELOG");
        figure("change sets applied by A / by B / recorded", appliedByA + " / " + appliedByB + " / " + changeSets);
        assertEquals(0, Math.min(appliedByA, appliedByB), "only one instance migrates");
        assertEquals(changeSets, Math.max(appliedByA, appliedByB), "the migrating instance applied every change set");
        assertEquals(changeSets, database.count("SELECT COUNT(DISTINCT ID, AUTHOR, FILENAME) FROM DATABASECHANGELOG"));
        assertEquals(1, database.count("SELECT COUNT(*) FROM user_account"), "one first administrator");
        // Both made a credential signing key at first start, at the same moment: one is kept, and both publish it.
        long keys = database.count("SELECT COUNT(*) FROM credential_signing_key");
        HttpResponse<String> jwksA = HTTP.send(HttpRequest.newBuilder(a.base().resolve("/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> jwksB = HTTP.send(HttpRequest.newBuilder(b.base().resolve("/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        figure("credential signing keys stored / A and B publish the same", keys + " / "
                + (jwksA.statusCode() == 200 && jwksA.body().equals(jwksB.body())));
        assertEquals(1, keys);
        assertEquals(200, jwksA.statusCode(), jwksA.body());
        assertEquals(jwksA.body(), jwksB.body());
        figure("data grid members seen by A / by B", members(a.log()) + " / " + members(b.log()));
        String addresses = listening(gridA) + " " + listening(gridB) + " " + listening(a.base().getPort()) + " "
                + listening(b.base().getPort());
        figure("listening addresses: A's and B's data grid, A's and B's HTTP", addresses);
        assertEquals("127.0.0.1 127.0.0.1 127.0.0.1 127.0.0.1", addresses);
    }

    private static LauncherProcess instance(String tag, int grid, String members, String name) throws IOException {
        return new LauncherProcess(DIR.resolve(tag), freePort())
                .with("CASCADE_DB_URL", database.jdbcUrl())
                .with("CASCADE_DB_USER", ExternalDatabase.USER)
                .with("CASCADE_DB_PASSWORD", database.password())
                .with("CASCADE_CLUSTER_MEMBERS", members)
                .with("CASCADE_CLUSTER_PORT", Integer.toString(grid))
                .with("CASCADE_CLUSTER_INTERFACE", "127.0.0.1")
                .with("CASCADE_CLUSTER_NAME", name)
                .with("CASCADE_HTTP_ADDRESS", "127.0.0.1")
                .with("CASCADE_REFRESHER_AT", "*:*");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (AutoCloseable running : new AutoCloseable[] {a, b, database}) {
                if (running != null) {
                    running.close();
                }
            }
        } finally {
            FIGURES.write();
        }
    }

    @Test
    @Order(1)
    void signedInOnA_continuesOnB() {
        browser = PageSession.signIn(apiA, ADMIN);
        PageSession onB = browser.on(apiB);
        PageSession.Page people = onB.get("/people/people.xhtml");
        assertEquals(200, people.status(), "B serves A's session a page instead of sending it to sign in");
        Api.Answer me = onB.getJson("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(LauncherProcess.ADMIN_EMAIL, me.json().getString("email"));
        figure("signed in on A: page and API on B with the same session", people.status() + ", " + me.status());

        Api.Answer token = apiA.post("/api/v1/me/tokens", "{\"name\":\"cluster drill\",\"expiresInDays\":1}", ADMIN);
        assertEquals(201, token.status(), token.body());
        bearer = "Bearer " + token.json().getString("token");
    }

    @Test
    @Order(2)
    void twoHundredEnrolmentsAcrossBoth_fillThirtyPlaces() throws Exception {
        long cohort = cohortOfThirty();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < ENROLMENTS; i++) {
            people.add(person(i % 2 == 0 ? a : b, "e-" + i + "-" + UUID.randomUUID() + "@drill.test"));
        }
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < ENROLMENTS; i++) {
            answers.add(HTTP.sendAsync(request(i % 2 == 0 ? a : b, "/api/v1/cohorts/" + cohort + "/enrolments",
                    "{\"personId\":" + people.get(i) + ",\"schoolUrn\":" + NORFOLK_SCHOOL + "}").build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(REQUEST_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
            String outcome = response.statusCode() == 201 ? json(response.body()).getString("status")
                    : Integer.toString(response.statusCode());
            outcomes.merge(outcome, 1, Integer::sum);
        }
        figure(ENROLMENTS + " concurrent enrolments, capacity " + CAPACITY + ", alternating A and B",
                outcomes + " in " + seconds(System.nanoTime() - started));
        assertEquals(Map.of("ENROLLED", CAPACITY, "WAITLISTED", ENROLMENTS - CAPACITY), outcomes);
        for (LauncherProcess instance : List.of(a, b)) {
            JsonObject counts = json(send(instance, "GET", "/api/v1/cohorts/" + cohort, null).body());
            assertEquals(CAPACITY, counts.getInt("enrolled"));
            assertEquals(ENROLMENTS - CAPACITY, counts.getInt("waitlisted"));
        }
    }

    @Test
    @Order(3)
    void killingA_losesNoWriteAndNoForm_andANewAJoins() throws Exception {
        // A form opened on A, to be sent after A is gone.
        PageSession.Page form = browser.get("/people/add.xhtml");
        assertEquals(200, form.status());
        String viewState = PageSession.viewState(form.html());
        // PrimeFaces' scripts send back the page's CSP nonce with every form; PrimeFaces refuses a form without it.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(form.html());
        assertTrue(nonce.find(), "the form page carries a CSP nonce");

        Writes writes = new Writes(4);
        writes.awaitAcknowledged(40);
        long killedAt = System.nanoTime();
        a.kill9();
        writes.awaitAcknowledgedAfter(killedAt, 60);
        List<Write> all = writes.stop();

        List<Write> toBAfterKill = all.stream().filter(w -> w.started() > killedAt && w.to() == b).toList();
        Map<Integer, Long> statusesAfterKill = toBAfterKill.stream()
                .collect(Collectors.groupingBy(Write::status, TreeMap::new, Collectors.counting()));
        long lostWithA = all.stream().filter(w -> w.started() > killedAt && w.to() == a).count();
        figure("kill -9 A under traffic: B's answers to requests it got after the kill", statusesAfterKill.toString());
        figure("requests sent after the kill on a connection A had open (no answer, never saved)", "" + lostWithA);
        assertEquals(Set.of(201), statusesAfterKill.keySet(), "B answers every request sent after the kill");

        Set<String> acknowledged = all.stream().filter(w -> w.status() == 201).map(Write::email)
                .collect(Collectors.toSet());
        Set<String> saved = savedEmails(writes.tag);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(saved);
        long inDoubt = all.stream().filter(w -> w.status() < 0).count();
        figure("writes acknowledged (201) / found in the database / lost", acknowledged.size() + " / "
                + saved.stream().filter(acknowledged::contains).count() + " / " + lost.size());
        figure("writes in flight on A when it died (no answer) / of them saved", inDoubt + " / "
                + (saved.size() - (acknowledged.size() - lost.size())));
        assertEquals(Set.of(), lost, "no acknowledged write is lost");

        // The form A served, sent to B: the signed-in user and the form's view state are still there.
        String email = "form-" + UUID.randomUUID() + "@drill.test";
        PageSession.Page sent = browser.on(apiB).post("/people/add.xhtml", Map.of("add", "add",
                "add:name", "Added After A Died", "add:email", email, "add:school_input", Integer.toString(NORFOLK_SCHOOL),
                "add:jobTitle", "Pastoral lead", "add:start_input", "01/09/2024", "add:save", "",
                "jakarta.faces.ViewState", viewState, "primefaces.nonce", nonce.group(1)));
        figure("form opened on A, sent to B after A died", sent.status() + (sent.status() == 302 ? " (saved)" : ""));
        if (sent.status() != 302) {
            Files.writeString(DIR.resolve("form-sent-to-b.html"), sent.html());
        }
        assertEquals(302, sent.status(), "the form's view state survived A (the answer: " + DIR + "/form-sent-to-b.html)");
        assertEquals(1, database.count("SELECT COUNT(*) FROM person WHERE email = '" + email + "'"));

        long restarted = System.nanoTime();
        a.start();
        figure("a new A: ready and in the data grid in", seconds(System.nanoTime() - restarted));
        Api.Answer me = browser.on(apiA).getJson("/api/v1/me");
        figure("the new A serves the session signed in on the old A", Integer.toString(me.status()));
        assertEquals(200, me.status(), me.body());
        assertEquals(200, send(a, "GET", "/api/v1/me", null).statusCode());
    }

    @Test
    @Order(4)
    void bothInstancesTimersFiringOnTheSameDay_makeOneRefresherRun() throws Exception {
        // Both instances' timers fire every minute (CASCADE_REFRESHER_AT=*:*): wait for a firing on each.
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        while (firings(a.log()) == 0 || firings(b.log()) == 0) {
            assertTrue(System.nanoTime() < deadline, "both instances' refresher timers fire within "
                    + PHASE_LIMIT.toSeconds() + " s");
            a.awaitExit(Duration.ofMillis(500));
        }
        List<Path> logs = List.of(DIR.resolveSibling("a-launcher-1.log"), a.log(), b.log());
        long fired = 0;
        long didTheWork = 0;
        for (Path log : logs) {
            fired += firings(log);
            didTheWork += Pattern.compile("Refresher run for \\S+: done by this instance").matcher(Files.readString(log))
                    .results().count();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        long runs = database.count("SELECT COUNT(*) FROM refresher_run WHERE run_date = '" + today + "'");
        figure("refresher timers firing on A (old and new) and B: firings / did the work / runs recorded today",
                fired + " / " + didTheWork + " / " + runs);
        assertEquals(1, runs);
        assertEquals(1, didTheWork);
    }

    @Test
    @Order(5)
    void anInstanceThatCannotServe_neverSaysReady_andExitsNonZero() throws Exception {
        int nothingThere = freePort();
        try (LauncherProcess c = new LauncherProcess(DIR.resolve("c"), freePort())
                .with("CASCADE_DB_URL", EmbeddedDatabase.jdbcUrl(nothingThere))
                .with("CASCADE_DB_USER", ExternalDatabase.USER).with("CASCADE_DB_PASSWORD", "none")
                .with("CASCADE_HTTP_ADDRESS", "127.0.0.1").with("CASCADE_READY_TIMEOUT_SECONDS", "10")) {
            c.launch();
            assertTrue(c.awaitExit(Duration.ofSeconds(240)), "the launcher gives up within its bounds");
            String log = Files.readString(c.log());
            figure("an instance whose database does not answer: exit code / says why", c.exitCode() + " / "
                    + (log.contains("Cascade did not start") && !log.contains("Cascade is ready")));
            assertTrue(c.exitCode() != 0);
            assertTrue(log.contains("Cascade did not start") && !log.contains("Cascade is ready"), "see " + c.log());
        }
    }

    private static long firings(Path log) throws IOException {
        return Pattern.compile("Refresher run for \\S+: ").matcher(Files.readString(log)).results().count();
    }

    private long cohortOfThirty() throws Exception {
        assertEquals(200, apiA.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), ADMIN)
                .status());
        String code = "CD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        JsonObject programme = json(send(a, "POST", "/api/v1/programmes", "{\"code\":\"" + code + "\",\"title\":\"Drill "
                + code + "\",\"modules\":[{\"title\":\"Workshop\",\"minutes\":120,\"mode\":\"IN_PERSON\"}]}").body());
        long module = programme.getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, send(b, "POST", "/api/v1/competencies", "{\"code\":\"" + code + "-T\",\"title\":\"Trainer\","
                + "\"level\":\"TRAINER\",\"validityMonths\":24,\"programmeCode\":\"" + code + "\"}").statusCode());
        long admin = json(send(a, "GET", "/api/v1/me", null).body()).getJsonNumber("personId").longValue();
        String trainerEmail = "trainer-" + UUID.randomUUID() + "@drill.test";
        assertEquals(201, send(a, "POST", "/api/v1/users", "{\"email\":\"" + trainerEmail + "\",\"name\":\"Drill Trainer\","
                + "\"password\":\"a long enough password\",\"roles\":[\"TRAINER\"]}").statusCode());
        long trainer = person(b, trainerEmail);
        String yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();
        HttpResponse<String> signOff = send(a, "POST", "/api/v1/signoffs", "{\"personId\":" + trainer
                + ",\"competencyCode\":\"" + code + "-T\",\"assessorId\":" + admin + ",\"date\":\"" + yesterday
                + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"External trainer certificate\",\"external\":true}");
        assertEquals(201, signOff.statusCode(), signOff.body());
        String start = java.time.Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .toString();
        String end = java.time.Instant.parse(start).plus(Duration.ofHours(3)).toString();
        HttpResponse<String> cohort = send(b, "POST", "/api/v1/cohorts", "{\"programmeCode\":\"" + code
                + "\",\"title\":\"Drill cohort\",\"capacity\":" + CAPACITY + ",\"leadTrainerIds\":[" + trainer
                + "],\"status\":\"OPEN\",\"localAuthority\":926,\"sessions\":[{\"start\":\"" + start + "\",\"end\":\""
                + end + "\",\"location\":\"Norwich Library\",\"moduleIds\":[" + module + "]}]}");
        assertEquals(201, cohort.statusCode(), cohort.body());
        return json(cohort.body()).getJsonNumber("id").longValue();
    }

    /** A person at the drill's Norfolk school, created through {@code instance}; answers their id. */
    private static long person(LauncherProcess instance, String email) throws Exception {
        HttpResponse<String> found = send(instance, "GET", "/api/v1/people?q=" + email, null);
        if (found.statusCode() == 200 && json(found.body()).getInt("total") == 1) {
            return json(found.body()).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        }
        HttpResponse<String> created = send(instance, "POST", "/api/v1/people", personBody(email));
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private static String personBody(String email) {
        return "{\"name\":\"Drill Person\",\"email\":\"" + email + "\",\"employment\":{\"schoolUrn\":" + NORFOLK_SCHOOL
                + ",\"jobTitle\":\"Teaching assistant\",\"startDate\":\"2024-09-01\"}}";
    }

    /** One write of the traffic: when it was sent (nanoTime), to which instance, its answer (-1: none), its email. */
    private record Write(long started, LauncherProcess to, int status, String email) {
    }

    /**
     * Clients creating people, alternating between A and B as a round-robin proxy would; like a proxy, a request
     * that cannot even connect to A (A is gone) goes to B instead. Bounded in count and time.
     */
    private static final class Writes {

        private static final int MAX_WRITES = 2_000;
        private final String tag = "k" + UUID.randomUUID().toString().substring(0, 6);
        private final List<Write> done = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicInteger sent = new AtomicInteger();
        private final ExecutorService clients;

        Writes(int count) {
            clients = Executors.newFixedThreadPool(count);
            long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
            for (int c = 0; c < count; c++) {
                clients.submit(() -> {
                    int n;
                    while (!stop.get() && System.nanoTime() < deadline && (n = sent.incrementAndGet()) <= MAX_WRITES) {
                        done.add(write(n));
                    }
                });
            }
        }

        private Write write(int n) {
            String email = tag + "-" + n + "@drill.test";
            long started = System.nanoTime();
            LauncherProcess first = n % 2 == 0 ? a : b;
            for (LauncherProcess instance : first == a ? List.of(a, b) : List.of(b)) {
                try {
                    return new Write(started, instance,
                            send(instance, "POST", "/api/v1/people", personBody(email)).statusCode(), email);
                } catch (ConnectException refused) {
                    // Not sent at all: the proxy tries the other instance.
                } catch (IOException | InterruptedException e) {
                    return new Write(started, instance, -1, email);
                }
            }
            return new Write(started, b, -1, email);
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            awaitAcknowledgedAfter(0, count);
        }

        /** Waits (bounded by the phase) until {@code count} writes sent after {@code since} were acknowledged. */
        void awaitAcknowledgedAfter(long since, int count) throws InterruptedException {
            long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (done) {
                    if (done.stream().filter(w -> w.started() > since && w.status() == 201).count() >= count) {
                        return;
                    }
                }
                clients.awaitTermination(100, TimeUnit.MILLISECONDS);
            }
            throw new AssertionError("fewer than " + count + " writes acknowledged within " + PHASE_LIMIT.toSeconds() + " s");
        }

        List<Write> stop() throws InterruptedException {
            stop.set(true);
            clients.shutdown();
            if (!clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                clients.shutdownNow();
            }
            synchronized (done) {
                return List.copyOf(done);
            }
        }
    }

    private static Set<String> savedEmails(String tag) throws Exception {
        Set<String> emails = new HashSet<>();
        for (int page = 0; page < 20; page++) {
            JsonObject found = json(send(b, "GET", "/api/v1/people?size=500&page=" + page + "&q=" + tag, null).body());
            found.getJsonArray("items").forEach(p -> emails.add(p.asJsonObject().getString("email")));
            if ((page + 1) * 500L >= found.getJsonNumber("total").longValue()) {
                break;
            }
        }
        return emails;
    }

    private static HttpRequest.Builder request(LauncherProcess instance, String path, String json) {
        return HttpRequest.newBuilder(instance.base().resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", bearer).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(LauncherProcess instance, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.base().resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", bearer).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static int applied(Path log) throws IOException {
        Matcher m = APPLIED.matcher(Files.readString(log));
        if (!m.find()) {
            throw new AssertionError("no migration line in " + log);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The largest data-grid membership the instance's log reports. */
    private static int members(Path log) throws IOException {
        Matcher m = MEMBERS.matcher(Files.readString(log));
        int most = 0;
        while (m.find()) {
            most = Math.max(most, Integer.parseInt(m.group(1)));
        }
        return most;
    }

    /** The local address a TCP port listens on ({@code ss}), e.g. 127.0.0.1. */
    private static String listening(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes()).trim();
        ss.waitFor(10, TimeUnit.SECONDS);
        // IPv4 addresses may show as IPv4-mapped IPv6 ([::ffff:127.0.0.1]:port)
        return out.isEmpty() ? "nothing" : out.split("\\s+")[3].replace(":" + port, "").replace("[::ffff:", "")
                .replace("]", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void figure(String name, String value) {
        FIGURES.put(name, value);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}

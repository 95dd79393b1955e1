package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few concurrent clients on loopback, each cycling through {@code /health}, a signed-in API read and
 * an API write (a new user with a unique email), recording every answer with its start, end and
 * status. Bounded: it stops when told, after {@link #MAX_REQUESTS} requests or after {@link #MAX_RUN}.
 */
final class Traffic implements AutoCloseable {

    enum Kind { HEALTH, READ, WRITE }

    /** One request: times in nanoseconds of {@link System#nanoTime()}; status -1 when no answer came. */
    record Outcome(Kind kind, long started, long ended, int status, String email) {
        Duration latency() {
            return Duration.ofNanos(ended - started);
        }
    }

    static final int MAX_REQUESTS = 20_000;
    /** A client told 503 waits a little before trying again, as a browser user or a script would. */
    private static final Duration PAUSE_AFTER_REFUSAL = Duration.ofMillis(100);
    static final Duration MAX_RUN = Duration.ofSeconds(240);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String tag;
    private final String authorization;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();
    private ExecutorService pool;

    Traffic(URI base, String tag, int clients) {
        this.base = base;
        this.tag = tag;
        this.clients = clients;
        this.authorization = basic(LauncherProcess.ADMIN_EMAIL, LauncherProcess.ADMIN_PASSWORD);
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void start() {
        pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + MAX_RUN.toNanos();
        for (int client = 0; client < clients; client++) {
            int first = client;
            pool.submit(() -> {
                for (int i = first; !stop.get() && System.nanoTime() < deadline
                        && sent.incrementAndGet() <= MAX_REQUESTS; i++) {
                    Outcome outcome = send(Kind.values()[i % Kind.values().length]);
                    outcomes.add(outcome);
                    if (outcome.status() >= 500 || outcome.status() < 0) {
                        try {
                            Thread.sleep(PAUSE_AFTER_REFUSAL.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            });
        }
    }

    /** Stops the clients and waits for their last requests (each bounded by its own timeout). */
    List<Outcome> stop() throws InterruptedException {
        stop.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** The answers so far, while the clients go on. */
    List<Outcome> snapshot() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    private Outcome send(Kind kind) {
        String email = null;
        HttpRequest.Builder request;
        switch (kind) {
            case HEALTH -> request = HttpRequest.newBuilder(base.resolve("/health")).GET();
            case READ -> request = HttpRequest.newBuilder(base.resolve("/api/v1/me"))
                    .header("Authorization", authorization).GET();
            default -> {
                email = tag + "-" + sent.get() + "-" + System.nanoTime() + "@drill.test";
                request = HttpRequest.newBuilder(base.resolve("/api/v1/users"))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                + "\",\"name\":\"Drill Person\",\"password\":\"a long enough password\","
                                + "\"roles\":[\"LEARNER\"]}"));
            }
        }
        long started = System.nanoTime();
        int status;
        try {
            status = http.send(request.timeout(REQUEST_TIMEOUT).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return new Outcome(kind, started, System.nanoTime(), status, email);
    }

    @Override
    public void close() throws InterruptedException {
        if (pool != null && !pool.isTerminated()) {
            stop();
        }
    }
}

package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * While the database is away Cascade answers quickly and plainly — /health 503 within 3 s, the API
 * 503 problem+json with Retry-After within 10 s, pages a plain 503 page — and once the database is
 * back it serves again by itself within 30 s, with no restart of Cascade.
 */
class HealthIT extends DeployedCascade {

    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(3);
    private static final Duration API_LIMIT = Duration.ofSeconds(10);
    private static final Duration HEAL_LIMIT = Duration.ofSeconds(30);

    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void outage_answersQuicklyAndPlainly_andHealsByItself() throws Exception {
        Answer up = api.get("/health", Caller.NOBODY);
        assertEquals(200, up.status());
        assertEquals("UP", up.json().getString("status"));

        TestDatabase.stop();
        Timed<Answer> health;
        Timed<Answer> me;
        Timed<HttpResponse<String>> page;
        try {
            health = awaitHealth(503);
            me = timed(() -> api.get("/api/v1/me", Caller.ADMIN));
            page = timed(this::homePage);
        } finally {
            TestDatabase.restart();
        }

        assertEquals(503, health.value().status(), "/health says DOWN while the database is stopped");
        assertEquals("DOWN", health.value().json().getString("status"));
        assertTrue(health.slowest().compareTo(HEALTH_LIMIT) <= 0, "each /health answered within 3 s: " + health);

        assertEquals(503, me.value().status(), me.value().body());
        assertTrue(me.value().contentType().startsWith("application/problem+json"), me.value().contentType());
        assertEquals(503, me.value().json().getInt("status"));
        assertTrue(me.value().header("Retry-After").isPresent(), "Retry-After tells a client when to try again");
        assertTrue(me.slowest().compareTo(API_LIMIT) <= 0, "the API answered within 10 s: " + me);
        assertEquals("nosniff", me.value().header("X-Content-Type-Options").orElse(null),
                "a 503 carries the security headers every answer does");

        assertEquals(503, page.value().statusCode());
        assertTrue(page.value().body().contains("Cascade is unavailable for a moment"), page.value().body());
        assertEquals("nosniff", page.value().headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(page.value().headers().firstValue("Content-Security-Policy").isPresent(), "the 503 page has a policy");
        assertTrue(page.slowest().compareTo(API_LIMIT) <= 0, "the page answered within 10 s: " + page);

        assertEquals(200, awaitHealth(200).value().status(), "UP again after the database came back");
        assertEquals(200, awaitApi().status(), "and the API serves again within 30 s, by itself");
    }

    /** Polls /health until it answers {@code wanted} or 3 s pass, timing every answer. */
    private Timed<Answer> awaitHealth(int wanted) {
        Instant deadline = Instant.now().plus(HEALTH_LIMIT.multipliedBy(wanted == 200 ? 10 : 1));
        Timed<Answer> answer;
        Duration slowest = Duration.ZERO;
        do {
            answer = timed(() -> api.get("/health", Caller.NOBODY));
            slowest = answer.slowest().compareTo(slowest) > 0 ? answer.slowest() : slowest;
        } while (answer.value().status() != wanted && Instant.now().isBefore(deadline));
        return new Timed<>(answer.value(), slowest);
    }

    /** Polls a signed-in API read until 200 or 30 s pass. */
    private Answer awaitApi() {
        Instant deadline = Instant.now().plus(HEAL_LIMIT);
        Answer answer;
        do {
            answer = api.get("/api/v1/me", Caller.ADMIN);
        } while (answer.status() != 200 && Instant.now().isBefore(deadline));
        return answer;
    }

    private HttpResponse<String> homePage() {
        HttpRequest request = HttpRequest.newBuilder(api.uri("/index.xhtml"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The page request did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
    }

    private record Timed<T>(T value, Duration slowest) {
    }
}

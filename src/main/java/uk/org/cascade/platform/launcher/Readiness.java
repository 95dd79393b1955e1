package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether the deployed Cascade really serves: the launcher says "ready" only once {@code /health} answers 200
 * (application up, database answering, migrations done), and gives up after a bounded wait.
 */
final class Readiness {

    /** The last answer: a status code, or why there was none. */
    record Answer(int status, String detail) {

        boolean up() {
            return status == 200;
        }

        @Override
        public String toString() {
            return status > 0 ? "answered " + status + " " + detail : "did not answer (" + detail + ")";
        }
    }

    private static final Duration BETWEEN_TRIES = Duration.ofMillis(500);

    private Readiness() {
    }

    /** {@code CASCADE_READY_TIMEOUT_SECONDS}: a whole number of seconds, at least one. */
    static Duration patience(String seconds) {
        try {
            long value = Long.parseLong(seconds.trim());
            if (value >= 1) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // refused below, with the variable's name
        }
        throw new IllegalArgumentException("CASCADE_READY_TIMEOUT_SECONDS: '" + seconds + "' is not a number of seconds");
    }

    /** Asks {@code /health} at the address the HTTP listener binds until it answers 200 or the patience runs out. */
    static Answer await(String address, int httpPort, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String host = address.contains(":") ? "[" + address + "]" : address;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + httpPort + "/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + patience.toNanos();
        Answer last;
        do {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                last = new Answer(response.statusCode(), response.body());
                if (last.up()) {
                    return last;
                }
            } catch (IOException e) {
                last = new Answer(0, e.getClass().getSimpleName());
            }
            // The database may still be on its way (a restart, a failover): wait a moment and ask again.
            LockSupport.parkNanos(BETWEEN_TRIES.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        } while (System.nanoTime() < deadline);
        return last;
    }
}

package uk.org.cascade.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;

/**
 * The same request sent by {@value #CALLERS} callers at once, as the administrator: every thread waits at one
 * start gate, so the requests reach the server together.
 */
public final class Races {

    public static final int CALLERS = 10;

    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Races(Api api) {
        this.api = api;
    }

    /** Posts {@code json} to {@code path} from every caller at the same moment; the answers in no order. */
    public List<Answer> post(String path, String json) {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                HttpRequest request = HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", Caller.ADMIN.authorization().orElseThrow())
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                pending.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                            response.body(), response.headers());
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The callers did not all start");
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(90, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("The race did not complete", e);
        } finally {
            callers.shutdownNow();
        }
    }
}

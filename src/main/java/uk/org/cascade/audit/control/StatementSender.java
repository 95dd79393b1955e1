package uk.org.cascade.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.cascade.audit.control.StatementOutbox.Claimed;
import uk.org.cascade.platform.control.Today;

/**
 * Sends the outbox to the learning record store in the background: after each transaction that wrote statements,
 * and every minute for retries ({@link StatementTimer}). Each statement is a {@code PUT} under its
 * own id, so one the LRS refuses never holds back the rest. Logs name statement ids and HTTP statuses only: never
 * the statement, the address or the credentials.
 */
@ApplicationScoped
public class StatementSender {

    private static final Logger LOG = Logger.getLogger(StatementSender.class.getName());
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    StatementTimer timer;

    @Inject
    StatementOutbox outbox;

    @Inject
    LearningRecordSettings settings;

    @Inject
    Today today;

    /** One sending loop per instance; a request that comes while it runs makes it go round once more. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();
    private volatile HttpClient http;

    /** Starts sending in the background; never throws. */
    public void sendSoon() {
        if (settings.lrs().isEmpty()) {
            return;
        }
        try {
            timer.sendSoon();
        } catch (RuntimeException e) {
            LOG.warning(() -> "xAPI statements wait for the next minute's retry: " + e.getClass().getName());
        }
    }

    /** Sends everything due, in batches, until none is left or the LRS stops answering. */
    void sendDue() {
        asked.set(true);
        do {
            if (!sending.compareAndSet(false, true)) {
                return;
            }
            try {
                while (asked.getAndSet(false)) {
                    settings.lrs().ifPresent(this::sendAll);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "xAPI sending stopped until the next retry: " + e.getClass().getName());
            } finally {
                sending.set(false);
            }
        } while (asked.get());
    }

    private void sendAll(LrsSettings lrs) {
        while (true) {
            String claim = UUID.randomUUID().toString();
            List<Claimed> batch = outbox.claim(claim, today.now());
            if (batch.isEmpty()) {
                return;
            }
            for (Claimed statement : batch) {
                int status = put(lrs, statement);
                DeliveryRule.Outcome outcome = DeliveryRule.outcome(status);
                switch (outcome) {
                    case SENT -> outbox.settle(statement, claim, outcome, status, today.now());
                    case REJECTED -> {
                        LOG.warning(() -> "The LRS refused xAPI statement " + statement.id() + " (HTTP " + status
                                + "): it is kept and not sent again");
                        outbox.settle(statement, claim, outcome, status, today.now());
                    }
                    case RETRY -> {
                        LOG.warning(() -> "The LRS did not take xAPI statements ("
                                + (status == 0 ? "no answer" : "HTTP " + status) + "): they wait and are tried again");
                        outbox.postpone(statement, claim, status, today.now());
                        // The LRS is away or refuses Cascade itself: the rest of the batch waits for the next round.
                        outbox.release(claim);
                        return;
                    }
                    default -> throw new IllegalStateException(outcome.name());
                }
            }
        }
    }

    /** The HTTP status of storing the statement, or 0 when no answer came. */
    private int put(LrsSettings lrs, Claimed statement) {
        HttpRequest.Builder request = HttpRequest.newBuilder(lrs.statement(statement.id())).timeout(ANSWER_TIMEOUT)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(statement.body()));
        lrs.authorization().ifPresent(a -> request.header("Authorization", a));
        try {
            return client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = http;
            }
        }
        return c;
    }
}

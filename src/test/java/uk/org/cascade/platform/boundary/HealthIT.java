package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** /health is UP with the database, 503 without it, and UP again once it is back, with no restart of Cascade. */
class HealthIT extends DeployedCascade {

    @Test
    void health_followsTheDatabase() throws Exception {
        Answer up = api.get("/health", Caller.NOBODY);
        assertEquals(200, up.status());
        assertEquals("UP", up.json().getString("status"));

        TestDatabase.stop();
        Answer down;
        try {
            down = api.get("/health", Caller.NOBODY);
        } finally {
            TestDatabase.restart();
        }

        assertEquals(503, down.status());
        assertEquals("DOWN", down.json().getString("status"));
        assertEquals(200, awaitHealth(api, Duration.ofSeconds(60)), "UP again after the database came back");
        assertEquals(200, api.get("/api/v1/me", Caller.ADMIN).status(), "and sign-in works again");
    }

    /** Polls until UP or the deadline: the pool replaces its broken connections on first use. */
    private static int awaitHealth(Api api, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        int status;
        do {
            status = api.get("/health", Caller.NOBODY).status();
        } while (status != 200 && Instant.now().isBefore(deadline));
        return status;
    }
}

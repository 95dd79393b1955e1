package uk.org.cascade.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void fourFailures_doNotPause() {
        LoginThrottle throttle = failures(4);

        assertEquals(Optional.empty(), throttle.pausedAt(NOON));
    }

    @Test
    void theFifthFailure_pausesForFifteenMinutes() {
        LoginThrottle throttle = failures(5);

        assertEquals(Optional.of(NOON.plusSeconds(15 * 60)), throttle.pausedAt(NOON));
        assertTrue(throttle.pausedAt(NOON.plusSeconds(15 * 60 - 1)).isPresent());
    }

    @Test
    void afterTheCoolingOff_signInIsAllowedAgain() {
        LoginThrottle throttle = failures(5);

        assertEquals(Optional.empty(), throttle.pausedAt(NOON.plusSeconds(15 * 60)));
    }

    @Test
    void afterTheCoolingOff_oneMoreFailureDoesNotPauseAgainAtOnce() {
        LoginThrottle throttle = failures(5);

        throttle.recordFailure(NOON.plusSeconds(16 * 60));

        assertEquals(1, throttle.getFailures());
        assertEquals(Optional.empty(), throttle.pausedAt(NOON.plusSeconds(16 * 60)));
    }

    @Test
    void aSuccess_clearsTheCount() {
        LoginThrottle throttle = failures(4);

        throttle.recordSuccess();
        throttle.recordFailure(NOON);

        assertEquals(1, throttle.getFailures());
    }

    @Test
    void theEmailIsKeptOnlyAsAHash_thatIgnoresCaseAndSpaces() {
        assertEquals(LoginThrottle.hash(" Jo@School.TEST "), LoginThrottle.hash("jo@school.test"));
        assertEquals(64, LoginThrottle.hash("jo@school.test").length());
        assertNotEquals(LoginThrottle.hash("jo@school.test"), LoginThrottle.hash("jo@school.tests"));
    }

    private static LoginThrottle failures(int count) {
        LoginThrottle throttle = new LoginThrottle("jo@school.test");
        for (int i = 0; i < count; i++) {
            throttle.recordFailure(NOON);
        }
        return throttle;
    }
}

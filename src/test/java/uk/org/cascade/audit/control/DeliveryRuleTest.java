package uk.org.cascade.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.org.cascade.audit.control.DeliveryRule.Outcome;

class DeliveryRuleTest {

    @Test
    void retries_doubleFromOneMinute_andStopGrowingAtAnHour() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
                IntStream.rangeClosed(1, 9).mapToObj(n -> DeliveryRule.retryAfter(n).toMinutes()).toList());
        assertEquals(Duration.ofHours(1), DeliveryRule.retryAfter(10_000), "no overflow after many attempts");
    }

    @Test
    void storedOrAlreadyThere_isSent() {
        for (int status : new int[] {200, 204, 409}) {
            assertEquals(Outcome.SENT, DeliveryRule.outcome(status), String.valueOf(status));
        }
    }

    @Test
    void aStatementTheLrsRefuses_isRejected_soItNeverHoldsBackTheRest() {
        for (int status : new int[] {400, 413, 422}) {
            assertEquals(Outcome.REJECTED, DeliveryRule.outcome(status), String.valueOf(status));
        }
    }

    @Test
    void noAnswer_serverErrors_andRefusalsOfCascadeItself_areRetried() {
        for (int status : new int[] {0, 500, 502, 503, 504, 401, 403, 404, 408, 429, 301}) {
            assertEquals(Outcome.RETRY, DeliveryRule.outcome(status), String.valueOf(status));
        }
    }
}

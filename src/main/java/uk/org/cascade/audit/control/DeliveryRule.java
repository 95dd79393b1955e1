package uk.org.cascade.audit.control;

import java.time.Duration;

/**
 * What an answer from the learning record store means for a statement, and when a statement that could not be
 * delivered is tried again: after 1 minute, then 2, 4, 8 … and at most an hour apart.
 */
public final class DeliveryRule {

    /** Where one send leaves a statement. */
    public enum Outcome {
        /** Stored; or 409, the LRS has a statement with this id already, so this one arrived before. */
        SENT,
        /** The LRS refused this statement itself (malformed, too large): resending would not help. */
        REJECTED,
        /** No answer, a server error, or a refusal of Cascade rather than of the statement: try later. */
        RETRY
    }

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private DeliveryRule() {
    }

    /**
     * @param status the HTTP status, or 0 when no answer came (refused connection, timeout). 401, 403 and 404 say the
     *               credentials or the endpoint are wrong, which is true of every statement alike: they are retried,
     *               so that fixing the settings loses nothing. 408 and 429 ask to come back later.
     */
    public static Outcome outcome(int status) {
        if (status >= 200 && status < 300 || status == 409) {
            return Outcome.SENT;
        }
        if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 404 && status != 408
                && status != 429) {
            return Outcome.REJECTED;
        }
        return Outcome.RETRY;
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration retryAfter(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        // 2^6 minutes is past the cap already; a bigger shift would only overflow.
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 6));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}

package uk.org.cascade.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.org.cascade.security.entity.PasswordReset.Reason;

class PasswordResetTest {

    private static final Instant SENT = Instant.parse("2026-12-07T09:00:00.123456789Z");
    private static final Instant SENT_MICROS = Instant.parse("2026-12-07T09:00:00.123456Z");

    @Test
    void aLink_worksUntilJustBeforeThirtyMinutesHavePassed() {
        PasswordReset reset = reset();

        assertTrue(reset.isUsableAt(SENT_MICROS));
        assertTrue(reset.isUsableAt(SENT_MICROS.plus(Duration.ofMinutes(30)).minusNanos(1)));
        assertFalse(reset.isUsableAt(SENT_MICROS.plus(Duration.ofMinutes(30))), "the expiry instant is too late");
        assertFalse(reset.isUsableAt(SENT_MICROS.plus(Duration.ofDays(1))));
    }

    @Test
    void aLink_worksOnce() {
        PasswordReset reset = reset();

        reset.useUp(SENT.plusSeconds(60));

        assertFalse(reset.isUsableAt(SENT.plusSeconds(61)));
        assertFalse(reset.isUsableAt(SENT.plusSeconds(60)));
    }

    @Test
    void usingUpASpentLink_keepsTheFirstUse() {
        PasswordReset reset = reset();
        reset.useUp(SENT.plusSeconds(60));

        reset.useUp(SENT.plusSeconds(120));

        assertEquals(SENT_MICROS.plusSeconds(60), reset.getUsedAt());
    }

    @Test
    void onlyTheTokensHash_isKept() {
        String token = "k3Jx9-secret-token-from-the-link";

        String stored = PasswordReset.hash(token);

        assertEquals(64, stored.length());
        assertNotEquals(token, stored);
        assertEquals(stored, PasswordReset.hash(token), "the same token finds the same link");
        assertNotEquals(stored, PasswordReset.hash(token + "x"));
    }

    @Test
    void aPasswordReset_endsSessionsSignedInBeforeIt_only() {
        UserAccount account = account();
        Instant signedIn = SENT.minusSeconds(600);
        assertTrue(account.keepsSessionFrom(signedIn), "no reset yet: every session holds");

        account.resetPassword("PBKDF2WithHmacSHA512:new", SENT);

        assertFalse(account.keepsSessionFrom(signedIn));
        assertFalse(account.keepsSessionFrom(SENT_MICROS));
        assertTrue(account.keepsSessionFrom(SENT.plusMillis(1)), "signing in again afterwards works");
        assertEquals("PBKDF2WithHmacSHA512:new", account.getPasswordHash());
    }

    @Test
    void resetMails_threePerEmailPerHourFromTheFirst() {
        PasswordResetThrottle throttle = new PasswordResetThrottle("Jo@School.test");

        assertTrue(throttle.allowMail(SENT));
        assertTrue(throttle.allowMail(SENT.plusSeconds(60)));
        assertTrue(throttle.allowMail(SENT.plusSeconds(120)));
        assertFalse(throttle.allowMail(SENT.plusSeconds(180)), "the fourth within the hour");
        assertFalse(throttle.allowMail(SENT.plus(Duration.ofHours(1)).minusNanos(1)));
        assertTrue(throttle.allowMail(SENT.plus(Duration.ofHours(1))), "a new hour, a new allowance");
    }

    private static PasswordReset reset() {
        return new PasswordReset(account(), "token", Reason.REQUESTED, SENT);
    }

    private static UserAccount account() {
        return new UserAccount(new AccountHolder(1, "Jo Reid", "jo@school.test"), "PBKDF2WithHmacSHA512:old",
                EnumSet.of(Role.LEARNER), Scope.NONE, SENT.minusSeconds(86_400));
    }
}

package uk.org.cascade.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;

class ApiTokenTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final String SECRET = "cascade_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    private static final UserAccount OWNER = new UserAccount(new AccountHolder(7, "Script Owner", "owner@la.test"),
            "hash", Set.of(Role.LEARNER), new Scope(Set.of(), Set.of()), NOON);

    @Test
    void aNewToken_expiresTheChosenNumberOfDaysLater() {
        ApiToken token = new ApiToken(OWNER, "  Power BI  ", 90, SECRET, NOON);

        assertEquals(NOON.plus(Duration.ofDays(90)), token.getExpiresAt());
        assertEquals("Power BI", token.getName());
        assertEquals(NOON, token.getCreatedAt());
    }

    @Test
    void timesAreKeptToTheSecond_soTheIssuedAnswerAgreesWithTheStoredOne() {
        ApiToken token = new ApiToken(OWNER, "a", 1, SECRET, NOON.plusNanos(880_479_910));

        assertEquals(NOON, token.getCreatedAt());
        assertEquals(NOON.plus(Duration.ofDays(1)), token.getExpiresAt());
    }

    @Test
    void oneDayAndAYear_areTheBounds() {
        assertEquals(NOON.plus(Duration.ofDays(1)), new ApiToken(OWNER, "a", 1, SECRET, NOON).getExpiresAt());
        assertEquals(NOON.plus(Duration.ofDays(365)), new ApiToken(OWNER, "a", 365, SECRET, NOON).getExpiresAt());
        for (Integer days : new Integer[] {0, 366, -1, null}) {
            ValidationFailure refused = assertThrows(ValidationFailure.class,
                    () -> new ApiToken(OWNER, "a", days, SECRET, NOON), "days " + days);
            assertEquals("expiresInDays", refused.violations().get(0).field());
        }
    }

    @Test
    void theName_isRequiredAndAtMostAHundredCharacters() {
        new ApiToken(OWNER, "n".repeat(100), 30, SECRET, NOON);

        ValidationFailure tooLong = assertThrows(ValidationFailure.class,
                () -> new ApiToken(OWNER, "n".repeat(101), 30, SECRET, NOON));
        ValidationFailure blank = assertThrows(ValidationFailure.class, () -> new ApiToken(OWNER, "  ", 0, SECRET, NOON));

        assertEquals("name must be at most 100 characters", tooLong.violations().get(0).message());
        assertEquals(2, blank.violations().size(), "every broken rule at once");
        assertEquals("name", blank.violations().get(0).field());
    }

    @Test
    void aToken_isUsableUntilTheInstantItExpires_andNotFromThen() {
        ApiToken token = new ApiToken(OWNER, "a", 30, SECRET, NOON);
        Instant expires = NOON.plus(Duration.ofDays(30));

        assertTrue(token.isUsableAt(NOON));
        assertTrue(token.isUsableAt(expires.minusNanos(1000)));
        assertFalse(token.isUsableAt(expires));
        assertTrue(token.isExpiredAt(expires));
        assertFalse(token.isExpiredAt(expires.minusNanos(1000)));
    }

    @Test
    void aRevokedToken_isNotUsable_andRevokingAgainKeepsTheFirstTime() {
        ApiToken token = new ApiToken(OWNER, "a", 30, SECRET, NOON);

        assertTrue(token.revoke(NOON.plusSeconds(60)));
        assertFalse(token.revoke(NOON.plusSeconds(120)));

        assertFalse(token.isUsableAt(NOON.plusSeconds(61)));
        assertEquals(NOON.plusSeconds(60), token.getRevokedAt());
    }

    @Test
    void theUse_isWrittenWhenNeverUsed_orAMinuteOrMoreAfterTheLastWrite() {
        assertTrue(ApiToken.useWorthRecording(null, NOON));
        assertFalse(ApiToken.useWorthRecording(NOON.minusSeconds(59), NOON));
        assertTrue(ApiToken.useWorthRecording(NOON.minusSeconds(60), NOON));
    }

    @Test
    void onlyTheHashIsKept_andTheAuditStateCarriesNeither() {
        ApiToken token = new ApiToken(OWNER, "Power BI", 30, SECRET, NOON);

        assertEquals(64, ApiToken.hash(SECRET).length());
        assertNotEquals(ApiToken.hash(SECRET), ApiToken.hash(SECRET + "x"));
        String audit = token.auditState().toString();
        assertFalse(audit.contains(SECRET) || audit.contains(ApiToken.hash(SECRET)), audit);
        assertTrue(audit.contains("Power BI"));
    }
}

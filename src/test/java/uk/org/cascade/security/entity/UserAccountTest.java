package uk.org.cascade.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;

class UserAccountTest {

    private static final Scope NORFOLK = Scope.of(List.of(926), List.of());

    @Test
    void aCoordinator_needsAScope() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> account(EnumSet.of(Role.COORDINATOR), Scope.NONE));

        assertEquals("scope", failure.violations().get(0).field());
    }

    @Test
    void onlyACoordinator_hasAScope() {
        assertThrows(ValidationFailure.class, () -> account(EnumSet.of(Role.TRAINER), NORFOLK));
    }

    @Test
    void aUser_needsARole() {
        assertThrows(ValidationFailure.class, () -> account(EnumSet.noneOf(Role.class), Scope.NONE));
    }

    @Test
    void grantingAgain_replacesRolesAndScope() {
        UserAccount user = account(EnumSet.of(Role.COORDINATOR), NORFOLK);

        user.grant(EnumSet.of(Role.LEARNER), Scope.NONE);

        assertEquals(EnumSet.of(Role.LEARNER), user.getRoles());
        assertTrue(user.scope().isEmpty());
    }

    @Test
    void theAuditState_neverCarriesThePasswordHash() {
        UserAccount user = account(EnumSet.of(Role.COORDINATOR), NORFOLK);

        String state = user.auditState().toString();

        assertFalse(state.contains("PBKDF2"));
        assertTrue(state.contains("coordinator@school.test"));
        assertTrue(state.contains("926"));
    }

    private static UserAccount account(EnumSet<Role> roles, Scope scope) {
        return new UserAccount(new AccountHolder(1, "Colin Barker", "Coordinator@School.test"), "PBKDF2WithHmacSHA512:secret",
                roles, scope, Instant.EPOCH);
    }
}

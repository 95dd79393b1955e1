package uk.org.cascade.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.security.control.SingleSignOnEmail.Missing;
import uk.org.cascade.security.control.SingleSignOnEmail.Unverified;
import uk.org.cascade.security.control.SingleSignOnEmail.Vouched;

class SingleSignOnEmailTest {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @Test
    void aVerifiedEmail_isTheOneToLookUp() {
        assertEquals(new Vouched("Ada@school.example"), SingleSignOnEmail.from(
                Map.of("email", " Ada@school.example ", "email_verified", true), Set.of()));
        assertEquals(new Vouched("ada@school.example"), SingleSignOnEmail.from(
                Map.of("email", "ada@school.example", "email_verified", "true"), Set.of()), "some send a string");
    }

    @Test
    void anEmailTheProviderDoesNotVouchFor_isRefused() {
        assertEquals(new Unverified(), SingleSignOnEmail.from(
                Map.of("email", "ada@school.example", "email_verified", false), Set.of()));
        assertEquals(new Unverified(), SingleSignOnEmail.from(Map.of("email", "ada@school.example"), Set.of()));
    }

    @Test
    void entrasSignInName_countsOnlyForATrustedTenant() {
        Map<String, Object> entra = Map.of("tid", TENANT, "preferred_username", "ada@nhs.example");
        assertEquals(new Vouched("ada@nhs.example"), SingleSignOnEmail.from(entra, Set.of(TENANT)));
        assertEquals(new Unverified(), SingleSignOnEmail.from(entra, Set.of("another-tenant")));
        assertEquals(new Unverified(), SingleSignOnEmail.from(
                Map.of("preferred_username", "ada@nhs.example"), Set.of(TENANT)), "no tenant, no trust");
        assertEquals(new Unverified(), SingleSignOnEmail.from(
                Map.of("tid", TENANT, "preferred_username", "+447700900123"), Set.of(TENANT)), "a phone number");
    }

    @Test
    void noEmailAtAll_saysSo() {
        assertEquals(new Missing(), SingleSignOnEmail.from(Map.of("sub", "abc"), Set.of(TENANT)));
    }
}

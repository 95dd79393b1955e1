package uk.org.cascade.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleSignOnSettingsTest {

    private static SingleSignOnSettings settings(String issuer, String id, String secret, String label, String tenants) {
        SingleSignOnSettings s = new SingleSignOnSettings();
        s.issuer = Optional.ofNullable(issuer);
        s.clientId = Optional.ofNullable(id);
        s.clientSecret = Optional.ofNullable(secret);
        s.label = Optional.ofNullable(label);
        s.trustedTenants = Optional.ofNullable(tenants);
        return s;
    }

    @Test
    void singleSignOn_isOfferedOnlyWithIssuerClientAndSecret() {
        assertTrue(settings("https://accounts.google.com", "id", "secret", null, null).enabled());
        assertFalse(settings(null, "id", "secret", null, null).enabled(), "no issuer, no button");
        assertFalse(settings("https://accounts.google.com", " ", "secret", null, null).enabled());
        assertFalse(settings("https://accounts.google.com", "id", null, null, null).enabled());
    }

    @Test
    void theButtonsWords_defaultToPlainOnes() {
        assertEquals("Sign in with single sign-on", settings("i", "c", "s", null, null).label());
        assertEquals("Sign in with single sign-on", settings("i", "c", "s", "  ", null).label());
        assertEquals("Sign in with Microsoft", settings("i", "c", "s", " Sign in with Microsoft ", null).label());
    }

    @Test
    void trustedTenants_areAListOfIds() {
        assertEquals(Set.of("aaaa-1", "bbbb-2"), settings("i", "c", "s", null, " AAAA-1, bbbb-2,, ").trustedTenants());
        assertEquals(Set.of(), settings("i", "c", "s", null, null).trustedTenants());
    }
}

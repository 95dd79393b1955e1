package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    @Test
    void anHttpsBaseUrl_makesTheSessionCookieSecure_andSendsHsts() {
        TransportSecurity https = TransportSecurity.of("https://cascade.example.org/");

        assertTrue(https.secureCookies());
        assertEquals(Optional.of("max-age=31536000; includeSubDomains"), https.strictTransportSecurity());
    }

    @Test
    void theSchemeIsReadWhateverItsCase_andAroundSpaces() {
        assertTrue(TransportSecurity.of("  HTTPS://cascade.example.org").secureCookies());
    }

    @Test
    void anHttpBaseUrl_keepsThePlainCookie_andSendsNoHsts() {
        TransportSecurity http = TransportSecurity.of("http://localhost:8080");

        assertFalse(http.secureCookies());
        assertEquals(Optional.empty(), http.strictTransportSecurity());
    }

    @Test
    void noBaseUrl_orOneThatIsNotAnAddress_meansPlainHttp() {
        assertFalse(TransportSecurity.of(null).secureCookies());
        assertFalse(TransportSecurity.of(" ").secureCookies());
        assertFalse(TransportSecurity.of("cascade.example.org").secureCookies(), "no scheme: not https");
        assertFalse(TransportSecurity.of("https://bad host/").secureCookies(), "unreadable");
        assertFalse(TransportSecurity.of("httpsx://cascade.example.org").secureCookies());
    }
}

package uk.org.cascade.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LrsSettingsTest {

    private static Optional<LrsSettings> from(Map<String, String> config) {
        return LrsSettings.from(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void noEndpoint_meansNoLrs() {
        assertTrue(from(Map.of()).isEmpty());
        assertTrue(from(Map.of("cascade.xapi.endpoint", "  ")).isEmpty());
    }

    @Test
    void statementsArePutUnderTheirIdBelowTheEndpoint_withBasicCredentials() {
        LrsSettings lrs = from(Map.of("cascade.xapi.endpoint", "https://lrs.example.org/xapi/",
                "cascade.xapi.key", "cascade", "cascade.xapi.secret", "s3cret")).orElseThrow();
        assertEquals("https://lrs.example.org/xapi/statements?statementId=0b5f7a0e-1111-4222-8333-444455556666",
                lrs.statement("0b5f7a0e-1111-4222-8333-444455556666").toString());
        assertEquals(Optional.of("Basic Y2FzY2FkZTpzM2NyZXQ="), lrs.authorization());
        assertFalse(lrs.toString().contains("s3cret") || lrs.toString().contains("lrs.example"));
    }

    @Test
    void anEndpointThatIsNotHttp_isRefused_withoutRepeatingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("cascade.xapi.endpoint", "ftp://key:secret@lrs.example.org")));
        assertFalse(e.getMessage().contains("secret"));
    }
}

package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerKeysTest {

    private static IssuerKeys keys(Optional<String> secret, Optional<String> file) {
        IssuerKeys keys = new IssuerKeys();
        keys.secret = secret;
        keys.keyFile = file;
        return keys;
    }

    @Test
    void withoutASecret_credentialsAreOff_sayingWhy_everyTime() {
        IssuerKeys keys = keys(Optional.empty(), Optional.empty());

        IssuerKeys.Unavailable first = assertThrows(IssuerKeys.Unavailable.class, () -> keys.sign("{}"));
        IssuerKeys.Unavailable again = assertThrows(IssuerKeys.Unavailable.class, keys::jwks);
        assertEquals("Credentials are off: CASCADE_SECRET_KEY is not set", first.getMessage());
        assertEquals(first.getMessage(), again.getMessage());
    }

    @Test
    void aKeyFromTheFile_signs_andOnlyItsOwnUnchangedSignaturesVerify(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("issuer.jwk");
        Files.writeString(file, IssuerKeys.generate().toJSONString());
        IssuerKeys keys = keys(Optional.empty(), Optional.of(file.toString()));

        String jws = keys.sign("{\"name\":\"First aid\"}");

        assertEquals(Optional.of("{\"name\":\"First aid\"}"), keys.verified(jws));
        String[] parts = jws.split("\\.");
        String changed = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"name\":\"Surgery\"}".getBytes()) + "." + parts[2];
        assertEquals(Optional.empty(), keys.verified(changed));
        Path other = dir.resolve("other.jwk");
        Files.writeString(other, IssuerKeys.generate().toJSONString());
        assertEquals(Optional.empty(), keys(Optional.empty(), Optional.of(other.toString())).verified(jws),
                "another issuer's key does not vouch for it");
        assertTrue(keys.jwks().contains("\"kty\":\"EC\"") && !keys.jwks().contains("\"d\""), keys.jwks());
    }

    @Test
    void aPublicKeyFile_isRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("public.jwk");
        Files.writeString(file, IssuerKeys.generate().toPublicJWK().toJSONString());

        assertTrue(assertThrows(IssuerKeys.Unavailable.class, () -> keys(Optional.empty(), Optional.of(file.toString()))
                .key()).getMessage().contains("no private part"));
    }
}

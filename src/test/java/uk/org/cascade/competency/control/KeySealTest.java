package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySealTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final String OTHER = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void sealedKey_opensWithTheSameSecret_andIsNotStoredInClear() throws Exception {
        String jwk = IssuerKeys.generate().toJSONString();
        String sealed = KeySeal.of(Optional.of(SECRET)).seal(jwk, "kid-1");

        assertFalse(sealed.contains("\"d\""), "the private part is not readable in the row");
        assertEquals(jwk, KeySeal.of(Optional.of(" " + SECRET + "\n")).open(sealed, "kid-1"));
    }

    @Test
    void sealedKey_underAnotherSecret_isRefusedClearly() throws Exception {
        String sealed = KeySeal.of(Optional.of(SECRET)).seal("{\"kty\":\"EC\"}", "kid-1");

        KeySeal.Refused refused = assertThrows(KeySeal.Refused.class,
                () -> KeySeal.of(Optional.of(OTHER)).open(sealed, "kid-1"));
        assertTrue(refused.getMessage().contains("does not open with this CASCADE_SECRET_KEY"), refused.getMessage());
    }

    @Test
    void sealedKey_movedToAnotherKeyId_doesNotOpen() throws Exception {
        String sealed = KeySeal.of(Optional.of(SECRET)).seal("{\"kty\":\"EC\"}", "kid-1");

        assertThrows(KeySeal.Refused.class, () -> KeySeal.of(Optional.of(SECRET)).open(sealed, "kid-2"));
    }

    @Test
    void secret_missingShortOrNotBase64_isRefusedNamingTheVariable() {
        assertTrue(assertThrows(KeySeal.Refused.class, () -> KeySeal.of(Optional.empty())).getMessage()
                .contains("CASCADE_SECRET_KEY is not set"));
        assertTrue(assertThrows(KeySeal.Refused.class, () -> KeySeal.of(Optional.of("  "))).getMessage()
                .contains("is not set"));
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(KeySeal.Refused.class, () -> KeySeal.of(Optional.of(short16))).getMessage()
                .contains("holds 16 bytes; it needs at least 32"));
        assertTrue(assertThrows(KeySeal.Refused.class, () -> KeySeal.of(Optional.of("not base64 at all!"))).getMessage()
                .contains("is not Base64"));
    }

    @Test
    void secret_inUrlSafeBase64_isAccepted() throws Exception {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) 0xfb;
        bytes[1] = (byte) 0xff;
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String sealed = KeySeal.of(Optional.of(urlSafe)).seal("x", "k");
        assertEquals("x", KeySeal.of(Optional.of(Base64.getEncoder().encodeToString(bytes))).open(sealed, "k"));
    }

    @Test
    void fileKey_mustBePrivateAndOfAKnownKind() throws Exception {
        assertThrows(KeySeal.Refused.class, () -> IssuerKeys.usable(IssuerKeys.generate().toPublicJWK()));
        assertEquals("ES256", IssuerKeys.algorithm(IssuerKeys.usable(IssuerKeys.generate())).getName());
    }
}

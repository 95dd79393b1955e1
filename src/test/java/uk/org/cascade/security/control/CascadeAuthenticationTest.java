package uk.org.cascade.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CascadeAuthenticationTest {

    @Test
    void basic_splitsAtTheFirstColon_soPasswordsMayContainColons() {
        String header = "Basic " + Base64.getEncoder().encodeToString("jo@school.test:pa:ss word".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals(new String[] {"jo@school.test", "pa:ss word"}, CascadeAuthentication.decodeBasic(header).orElseThrow());
    }

    @Test
    void basic_readsUtf8() {
        String header = "basic " + Base64.getEncoder().encodeToString("zoë@school.test:café crème brûlée".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals(new String[] {"zoë@school.test", "café crème brûlée"}, CascadeAuthentication.decodeBasic(header).orElseThrow());
    }

    @Test
    void malformedHeaders_areNotCredentials() {
        assertTrue(CascadeAuthentication.decodeBasic("Bearer abc").isEmpty());
        assertTrue(CascadeAuthentication.decodeBasic("Basic !!!not-base64").isEmpty());
        assertTrue(CascadeAuthentication.decodeBasic("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))).isEmpty());
        assertTrue(CascadeAuthentication.decodeBasic("Basic " + Base64.getEncoder().encodeToString(":password".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }
}

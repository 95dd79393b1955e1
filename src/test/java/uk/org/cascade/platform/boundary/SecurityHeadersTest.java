package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.TransportSecurity;

class SecurityHeadersTest {

    private static final TransportSecurity HTTP = TransportSecurity.of("http://localhost:8080");
    private static final TransportSecurity HTTPS = TransportSecurity.of("https://cascade.example.org");

    @Test
    void pagesAndApiAnswers_areNotStored_butStaticResourcesMayBeCached() {
        assertEquals("no-store", SecurityHeaders.defaults("/api/v1/me", HTTP).get("Cache-Control"));
        assertEquals("no-store", SecurityHeaders.defaults("/index.xhtml", HTTP).get("Cache-Control"));
        assertFalse(SecurityHeaders.defaults("/jakarta.faces.resource/cascade/cascade.css.xhtml", HTTP)
                .containsKey("Cache-Control"));
    }

    @Test
    void hsts_isSentOnlyWhenThePublicAddressIsHttps() {
        assertEquals("max-age=31536000; includeSubDomains",
                SecurityHeaders.defaults("/index.xhtml", HTTPS).get("Strict-Transport-Security"));
        assertFalse(SecurityHeaders.defaults("/index.xhtml", HTTP).containsKey("Strict-Transport-Security"));
    }

    @Test
    void everyAnswer_getsTheSameFixedHeaders() {
        Map<String, String> headers = SecurityHeaders.defaults("/health", HTTP);

        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"));
        assertTrue(headers.get("Permissions-Policy").contains("camera=()"));
        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'self'"));
    }

    @Test
    void anAnswersOwnPolicy_keepsFrameAncestors() {
        assertEquals("default-src 'none'; sandbox; frame-ancestors 'self'",
                SecurityHeaders.keepFrameAncestors("default-src 'none'; sandbox"));
        assertEquals("script-src 'self' 'nonce-abc'; frame-ancestors 'self'",
                SecurityHeaders.keepFrameAncestors("script-src 'self' 'nonce-abc';"));
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                SecurityHeaders.keepFrameAncestors("default-src 'none'; frame-ancestors 'none'"), "a stricter one stays");
    }

    @Test
    void aMapTileServer_joinsThePagesImageSourcesOnly() {
        String page = "default-src 'self'; img-src 'self' data:; script-src 'self'; frame-ancestors 'self'";
        assertEquals("default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; script-src 'self'; "
                + "frame-ancestors 'self'", SecurityHeaders.withImagesFrom(page, "https://tile.openstreetmap.org"));
        assertEquals(SecurityHeaders.NOTHING_TO_RUN, SecurityHeaders.withImagesFrom(SecurityHeaders.NOTHING_TO_RUN,
                "https://tile.openstreetmap.org"), "no img-src: default-src 'none' still rules");
        assertEquals("img-src 'none'", SecurityHeaders.withImagesFrom("img-src 'none'", "https://tile.openstreetmap.org"));
    }

    @Test
    void aSingleSignOnProvider_joinsThePagesFormDestinationsOnly() {
        String page = "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'";
        assertEquals("default-src 'self'; img-src 'self' data:; form-action 'self' https://login.example; "
                + "frame-ancestors 'self'", SecurityHeaders.withSource(page, "form-action", "https://login.example"));
        assertEquals(SecurityHeaders.NOTHING_TO_RUN, SecurityHeaders.withSource(SecurityHeaders.NOTHING_TO_RUN,
                "form-action", "https://login.example"), "form-action 'none' stays 'none'");
    }

    @Test
    void addingAPolicyOrCaching_replacesTheDefault_whileOtherHeadersAddUp() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        HttpServletResponse response = recording(sent);
        response.setHeader("Content-Security-Policy", SecurityHeaders.NOTHING_TO_RUN);
        response.setHeader("Cache-Control", "no-store");
        HttpServletResponse wrapped = new SecurityHeadersFilter.OwnChoiceReplacesDefault(response, () -> { });

        wrapped.addHeader("content-security-policy", "script-src 'self' 'nonce-abc';");
        wrapped.addHeader("Cache-Control", "private, max-age=3600");
        wrapped.addHeader("Link", "<a>");
        wrapped.addHeader("Link", "<b>");

        assertEquals(List.of("script-src 'self' 'nonce-abc'; frame-ancestors 'self'"), sent.get("Content-Security-Policy"));
        assertEquals(List.of("private, max-age=3600"), sent.get("Cache-Control"));
        assertEquals(List.of("<a>", "<b>"), sent.get("Link"));
    }

    /** A response that only records its headers, names case-insensitive as in HTTP. */
    private static HttpServletResponse recording(Map<String, List<String>> sent) {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    String name = args == null || args.length == 0 ? null : canonical(sent, (String) args[0]);
                    switch (method.getName()) {
                        case "setHeader" -> sent.put(name, new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> sent.computeIfAbsent(name, n -> new ArrayList<>()).add((String) args[1]);
                        case "containsHeader" -> {
                            return sent.containsKey(name);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    private static String canonical(Map<String, List<String>> sent, String name) {
        return sent.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
    }
}

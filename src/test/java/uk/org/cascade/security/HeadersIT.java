package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * What a browser, a proxy or a scanner sees on the wire, on every kind of answer: the security headers, one
 * Content-Security-Policy each (pages with PrimeFaces' fresh nonce on every script, no inline script allowed),
 * nothing naming the server or its version, no caching of personal data, and a SameSite session cookie.
 */
class HeadersIT extends DeployedCascade {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");

    HttpClient browser;

    @BeforeEach
    void aBrowserWithCookies() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void loginPage_hasThePagePolicyWithANonceOnEveryScript_andASameSiteSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login.xhtml", null);

        assertEquals(200, login.statusCode());
        assertSecurityHeaders(login.headers(), true);
        String nonce = assertPagePolicy(login);
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the nonce");
        String cookie = sessionCookie(login.headers());
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
        assertFalse(cookie.matches("(?i).*;\\s*Secure(;.*|$)"), "not Secure over plain http: " + cookie);
        assertFalse(login.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain http");
    }

    @Test
    void signedInPages_areNeverCached_andEachAnswerHasItsOwnNonce() throws Exception {
        HttpResponse<String> signedIn = signIn();
        assertTrue(sessionCookie(signedIn.headers()).matches("(?i).*;\\s*SameSite=Lax.*"),
                "the new session id after sign-in is SameSite too");

        HttpResponse<String> home = get("/index.xhtml", null);
        HttpResponse<String> again = get("/index.xhtml", null);

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome"), "signed in");
        assertSecurityHeaders(home.headers(), true);
        assertNotEquals(assertPagePolicy(home), assertPagePolicy(again), "a nonce is used once");
    }

    @Test
    void apiAnswers_withPersonalData_orRefusals_carryTheHeaders_andAStrictPolicy() throws Exception {
        HttpResponse<String> me = get("/api/v1/me", basic(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD));
        HttpResponse<String> users = get("/api/v1/users", basic(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD));
        HttpResponse<String> unauthorised = get("/api/v1/me", null);
        HttpResponse<String> badPassword = get("/api/v1/me", basic(TestDatabase.ADMIN_EMAIL, "not-the-password"));

        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains(TestDatabase.ADMIN_EMAIL), "the answer carries personal data");
        assertEquals(200, users.statusCode());
        assertEquals(401, unauthorised.statusCode());
        assertEquals(401, badPassword.statusCode());
        for (HttpResponse<String> answer : List.of(me, users, unauthorised, badPassword)) {
            assertSecurityHeaders(answer.headers(), true);
            assertEquals("default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
                    onlyPolicy(answer.headers()), answer.uri().toString());
        }
    }

    @Test
    void staticResources_carryTheHeaders_butMayBeCached() throws Exception {
        HttpResponse<String> css = get("/jakarta.faces.resource/cascade/cascade.css.xhtml", null);
        HttpResponse<String> script = get("/jakarta.faces.resource/cascade/cascade.js.xhtml", null);

        for (HttpResponse<String> answer : List.of(css, script)) {
            assertEquals(200, answer.statusCode(), answer.uri().toString());
            assertSecurityHeaders(answer.headers(), false);
            String caching = answer.headers().firstValue("Cache-Control").orElse("");
            assertFalse(caching.contains("no-store"), caching);
        }
    }

    @Test
    void health_andTheWayToTheLoginPage_carryTheHeaders() throws Exception {
        HttpResponse<String> health = get("/health", null);
        HttpResponse<String> toLogin = get("/people/people.xhtml", null);

        assertEquals(200, health.statusCode());
        assertEquals(302, toLogin.statusCode());
        assertSecurityHeaders(health.headers(), true);
        assertSecurityHeaders(toLogin.headers(), true);
    }

    @Test
    void errorPages_carryTheHeaders_withThePagePolicy() throws Exception {
        String learner = "headers.learner." + UUID.randomUUID() + "@school.test";
        assertEquals(201, api.post("/api/v1/users", SecurityIT.userJson(learner, "LEARNER", null),
                Caller.ADMIN).status());
        signIn(learner, "a long enough password");

        HttpResponse<String> missing = get("/no-such-page.xhtml", null);
        HttpResponse<String> forbidden = get("/people/people.xhtml", null);
        HttpResponse<String> expired = post("/index.xhtml", Map.of("session", "session", "session:signOut", "",
                "jakarta.faces.ViewState", "-1234567890:987654321"));

        assertEquals(404, missing.statusCode());
        assertEquals(403, forbidden.statusCode(), "a learner may not open the people pages");
        assertEquals(400, expired.statusCode(), "a form from a forged page: the expired-page answer");
        for (HttpResponse<String> error : List.of(missing, forbidden, expired)) {
            assertSecurityHeaders(error.headers(), true);
            assertPagePolicy(error);
        }
    }

    @Test
    void anAnswerThatChoosesItsOwnPolicy_replacesTheDefault_andKeepsTheRest() throws Exception {
        HttpResponse<String> verify = get("/verify/no-such-certificate-code", null);

        assertEquals(404, verify.statusCode());
        assertTrue(onlyPolicy(verify.headers()).contains("frame-ancestors 'none'"), "its own, stricter policy");
        assertEquals(List.of("no-referrer"), verify.headers().allValues("Referrer-Policy"), "its own referrer rule");
        assertEquals(List.of("nosniff"), verify.headers().allValues("X-Content-Type-Options"));
        assertEquals(List.of("no-store"), verify.headers().allValues("Cache-Control"));
        assertTrue(verify.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertFalse(verify.headers().firstValue("Server").isPresent());
    }

    /** Headers every answer carries; {@code personal}: it must not be stored by browsers or proxies. */
    private static void assertSecurityHeaders(HttpHeaders headers, boolean personal) {
        String where = headers.map().toString();
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("strict-origin-when-cross-origin"), headers.allValues("Referrer-Policy"), where);
        assertEquals(List.of("SAMEORIGIN"), headers.allValues("X-Frame-Options"), where);
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")) {
            assertTrue(permissions.contains(feature), feature + " denied: " + where);
        }
        assertTrue(onlyPolicy(headers).matches(".*frame-ancestors '(self|none)'.*"), where);
        assertFalse(headers.firstValue("Server").isPresent(), "no Server header: " + where);
        assertFalse(headers.firstValue("X-Powered-By").isPresent(), "no X-Powered-By header: " + where);
        if (personal) {
            assertTrue(headers.allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")), where);
        }
    }

    /** A page's policy: PrimeFaces' nonce, no inline script, frames only from the two video players. */
    private static String assertPagePolicy(HttpResponse<String> page) {
        String policy = onlyPolicy(page.headers());
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        String scriptSrc = policy.substring(policy.indexOf("script-src"));
        assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        Matcher nonce = NONCE.matcher(scriptSrc);
        assertTrue(nonce.find(), policy);
        Matcher scripts = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
                    "every script carries this answer's nonce: " + scripts.group());
        }
        assertTrue(count > 0, "the page has scripts to check");
        return nonce.group(1);
    }

    private static String onlyPolicy(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "exactly one policy, never two to intersect: " + policies);
        return policies.get(0);
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private HttpResponse<String> signIn() throws IOException, InterruptedException {
        return signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
    }

    private HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        Matcher viewState = VIEW_STATE.matcher(get("/login.xhtml", null).body());
        assertTrue(viewState.find());
        HttpResponse<String> signedIn = post("/login.xhtml", Map.of("login", "login", "login:email", email,
                "login:password", password, "login:signIn", "", "jakarta.faces.ViewState", viewState.group(1)));
        assertEquals(302, signedIn.statusCode());
        assertSecurityHeaders(signedIn.headers(), true);
        return signedIn;
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = Forms.encode(fields);
        return browser.send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.TestOidc;

/**
 * Single sign-on against a real OpenID provider (TestOidc), as a browser would go through it: Cascade, the
 * provider, back to Cascade's callback, each redirect followed with the cookies it set.
 */
class SingleSignOnIT extends DeployedCascade {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private HttpClient browser;
    private URI cascade;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // The callback is registered at Cascade's public address, http://localhost and its port: the cookies too.
        cascade = URI.create("http://localhost:" + deployment.getPort());
    }

    @Test
    void aVerifiedEmail_signsIn_withCascadesRolesNotTheTokens_andSigningOutEndsTheSession() throws Exception {
        String email = "sso." + UUID.randomUUID() + "@school.test";
        assertEquals(201, api.post("/api/v1/users", SecurityIT.userJson(email, "SUPERVISOR", null), Caller.ADMIN).status());
        TestOidc.nextSignIn("ada", Map.of("email", email.toUpperCase(), "email_verified", true,
                "roles", java.util.List.of("ADMIN"), "tid", "an-untrusted-tenant"));

        HttpResponse<String> landed = follow(cascade.resolve("/sso/start?next=%2Fsupervision%2Fmine.xhtml"));

        assertEquals(cascade.resolve("/supervision/mine.xhtml"), landed.uri(), "the page asked for");
        assertEquals(200, landed.statusCode());
        URI provider = URI.create(TestOidc.issuer());
        assertTrue(landed.headers().firstValue("Content-Security-Policy").orElseThrow().contains(
                "form-action 'self' http://" + provider.getHost() + ":" + provider.getPort()),
                "the sign-out form may lead on to the provider");
        JsonObject me = me();
        assertEquals(email, me.getString("email"));
        assertEquals("[\"SUPERVISOR\"]", me.getJsonArray("roles").toString(), "roles from Cascade, not the token");

        HttpResponse<String> signedOut = signOut(landed.body(), "/supervision/mine.xhtml");

        assertEquals(cascade.resolve("/login.xhtml?signedOut=true"), signedOut.uri(),
                "through the provider's sign-out page and back");
        assertTrue(signedOut.body().contains("You have signed out."));
        assertEquals(401, get(cascade.resolve("/api/v1/me")).statusCode());
        HttpResponse<String> page = get(cascade.resolve("/supervision/mine.xhtml"));
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }

    @Test
    void aTrustedEntraTenantsSignInName_signsIn() throws Exception {
        String email = "entra." + UUID.randomUUID() + "@nhs.test";
        assertEquals(201, api.post("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), Caller.ADMIN).status());
        TestOidc.nextSignIn("grace", Map.of("tid", TestOidc.TRUSTED_TENANT, "preferred_username", email));

        HttpResponse<String> landed = follow(cascade.resolve("/sso/start"));

        assertEquals(cascade.resolve("/"), landed.uri());
        assertEquals(email, me().getString("email"));
    }

    @Test
    void anEmailNoActiveAccountHas_isRefused_andSaysWhichEmail() throws Exception {
        String email = "stranger." + UUID.randomUUID() + "@school.test";
        TestOidc.nextSignIn("stranger", Map.of("email", email, "email_verified", true));

        HttpResponse<String> landed = follow(cascade.resolve("/sso/start"));

        assertRefused(landed, "No active Cascade account uses the email " + email + ". Ask your administrator.");
    }

    @Test
    void anUnverifiedEmail_isRefused_evenThoughAnAccountHasIt() throws Exception {
        String email = "unverified." + UUID.randomUUID() + "@school.test";
        assertEquals(201, api.post("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), Caller.ADMIN).status());
        TestOidc.nextSignIn("mallory", Map.of("email", email, "email_verified", false, "tid", "an-untrusted-tenant",
                "preferred_username", email));

        HttpResponse<String> landed = follow(cascade.resolve("/sso/start"));

        assertRefused(landed, "does not confirm that your email address is verified");
    }

    @Test
    void aTamperedState_isRefused() throws Exception {
        HttpResponse<String> toProvider = get(cascade.resolve("/sso/start"));
        HttpResponse<String> back = get(location(toProvider));
        URI callback = location(back);
        assertTrue(callback.toString().startsWith(cascade + "/sso/callback?"), callback.toString());
        // No token is ever asked for: the provider's queue of claims stays as the other tests expect.
        URI tampered = URI.create(callback.toString().replaceAll("state=[^&]+", "state=forged"));

        HttpResponse<String> landed = follow(tampered);

        assertRefused(landed, "The single sign-on was interrupted or tampered with. Please try again.");
        HttpResponse<String> again = follow(callback);
        assertRefused(again, "interrupted or tampered with");
    }

    private void assertRefused(HttpResponse<String> landed, String reason) throws Exception {
        assertEquals("/login.xhtml", landed.uri().getPath());
        assertTrue(landed.body().contains(reason.replace("'", "&#39;")), landed.body());
        assertEquals(401, get(cascade.resolve("/api/v1/me")).statusCode(), "not signed in");
        assertFalse(follow(cascade.resolve("/login.xhtml")).body().contains(reason), "said once");
    }

    private JsonObject me() throws Exception {
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(cascade.resolve("/api/v1/me"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        return Json.createReader(new StringReader(me.body())).readObject();
    }

    /** The header's sign-out form, sent from {@code page}, then every redirect after it. */
    private HttpResponse<String> signOut(String html, String path) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(html);
        assertTrue(viewState.find(), "the page has a view state");
        HttpResponse<String> sent = browser.send(HttpRequest.newBuilder(cascade.resolve(path))
                .header("Content-Type", Forms.CONTENT_TYPE)
                .POST(Forms.body(Map.of("session", "session", "session:signOut", "",
                        "jakarta.faces.ViewState", viewState.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, sent.statusCode());
        URI provider = location(sent);
        assertTrue(provider.toString().startsWith(TestOidc.issuer()), "to the provider's sign-out: " + provider);
        assertTrue(provider.getQuery().contains("id_token_hint="), provider.toString());
        return follow(provider);
    }

    private HttpResponse<String> follow(URI start) throws IOException, InterruptedException {
        HttpResponse<String> response = get(start);
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            assertTrue(hops < 10, "too many redirects");
            response = get(location(response));
        }
        return response;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError(response.statusCode() + " without a Location: " + response.body())));
    }
}

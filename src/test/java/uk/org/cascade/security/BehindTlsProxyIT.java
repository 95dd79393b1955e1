package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * Requests as a TLS-terminating reverse proxy forwards them (README, "Running behind TLS"): plain http to Cascade,
 * the public host in {@code Host} and {@code X-Forwarded-Proto: https}. Redirects stay on the public https
 * address, and a signed-in browser may still write through the API from Cascade's own pages.
 */
class BehindTlsProxyIT extends DeployedCascade {

    private static final String PUBLIC_HOST = "cascade.example.org";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void theWayToTheLoginPage_staysOnThePublicHttpsAddress() throws Exception {
        String answer = proxied("GET /people/people.xhtml HTTP/1.1\r\n", Map.of(), "");

        assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
        assertTrue(answer.contains("\r\nLocation: https://" + PUBLIC_HOST + "/login.xhtml?next="), answer);
    }

    @Test
    void aSignedInBrowser_behindTheProxy_mayStillWriteThroughTheApi_fromCascadesOwnPages() throws Exception {
        String session = signedInSession();
        String email = "proxied." + UUID.randomUUID() + "@school.test";
        String json = SecurityIT.userJson(email, "LEARNER", null);

        String answer = proxied("POST /api/v1/users HTTP/1.1\r\n", Map.of("Cookie", "JSESSIONID=" + session,
                "Origin", "https://" + PUBLIC_HOST, "Content-Type", "application/json"), json);

        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        assertEquals(1, api.get("/api/v1/users?q=" + email, Caller.ADMIN).json().getInt("total"));
    }

    /** One request as the proxy sends it, on its own connection; the answer's status line, headers and body. */
    private String proxied(String requestLine, Map<String, String> headers, String body) throws IOException {
        URI cascade = api.uri("/");
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(requestLine)
                .append("Host: ").append(PUBLIC_HOST).append("\r\n")
                .append("X-Forwarded-Proto: https\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (content.length > 0) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(cascade.getHost(), cascade.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Signs in through the login form, directly, and returns the session id. */
    private String signedInSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = browser.send(HttpRequest.newBuilder(api.uri("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find());
        String form = Forms.encode(Map.of("login", "login", "login:email", TestDatabase.ADMIN_EMAIL,
                "login:password", TestDatabase.ADMIN_PASSWORD, "login:signIn", "",
                "jakarta.faces.ViewState", viewState.group(1)));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(api.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode());
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}

package uk.org.cascade.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.cascade.it.Api.Caller;

/**
 * Someone signed in through the login form, reading pages with their session cookie as a browser would,
 * without a browser: for tests that only need a page's status and HTML.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A page as it came back. */
    public record Page(int status, String html) {
    }

    private final Api api;
    private final CookieManager cookies;
    private final HttpClient http;

    private PageSession(Api api) {
        this(api, new CookieManager());
    }

    private PageSession(Api api, CookieManager cookies) {
        this.api = api;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser session (its cookies), sending its requests to another instance of a cluster. */
    public PageSession on(Api instance) {
        return new PageSession(instance, cookies);
    }

    /** The Faces view state a page's form carries. */
    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the page carries no view state");
        }
        return m.group(1);
    }

    /** A form posted as a browser without scripts would: a full (non-Ajax) request. */
    public Page post(String path, Map<String, String> fields) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(fields))).build());
        return new Page(response.statusCode(), response.body());
    }

    /** Signs {@code who} in through the login form; fails the test when the form does not sign them in. */
    public static PageSession signIn(Api api, Caller who) {
        PageSession session = new PageSession(api);
        String viewState = viewState(session.get("/login.xhtml").html());
        int status = session.post("/login.xhtml", Map.of("login", "login", "login:email", who.email(),
                "login:password", who.password(), "login:signIn", "", "jakarta.faces.ViewState", viewState)).status();
        if (status != 302) {
            throw new AssertionError("signing in " + who.email() + " answered " + status);
        }
        return session;
    }

    public Page get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.uri(path)).GET().build());
        return new Page(response.statusCode(), response.body());
    }

    /**
     * An API read with the session cookie instead of HTTP Basic, as Cascade's own pages make it: the same scope
     * checks, without hashing the password again on every request.
     */
    public Api.Answer getJson(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri(path)).header("Accept", "application/json").GET().build());
        return new Api.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    /** The session's {@code Cookie} header, for a tool outside Java (a load generator) to act as this session. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The request did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** What a person sees when a page cannot be served as asked: plain words and the right status, never a 500. */
class FacesErrorPagesIT extends DeployedCascade {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Every page that takes a number in its address, with the parameter that carries it. */
    private static final List<String> NUMBERED_PAGES = List.of(
            "/cohort/cohort.xhtml?id=", "/cohort/plan.xhtml?la=", "/supervision/log.xhtml?id=",
            "/supervision/history.xhtml?person=", "/organisation/school.xhtml?urn=", "/coverage/school.xhtml?urn=",
            "/learning/author.xhtml?module=", "/learning/module.xhtml?module=", "/security/user.xhtml?id=",
            "/people/person.xhtml?id=");

    @Test
    void aPageAddressedWithAnIdThatIsNotANumber_isThe404Page() throws Exception {
        HttpClient browser = signedIn();
        String abc = "abc";

        List<Executable> pages = NUMBERED_PAGES.stream().<Executable>map(page -> () -> {
            HttpResponse<String> answer = get(browser, page + abc);
            assertEquals(404, answer.statusCode(), page + abc);
            assertTrue(answer.body().contains("Page not found"), page + abc + ": " + answer.body());
        }).toList();

        assertAll(pages);
    }

    @Test
    void aFormSentWithAForgedViewState_isTheExpiredPageWith400_andDoesNothing() throws Exception {
        HttpClient browser = signedIn();

        HttpResponse<String> forged = postForm(browser, "/index.xhtml", Map.of("session", "session",
                "session:signOut", "", "jakarta.faces.ViewState", "-1234567890:987654321"));

        assertExpiredPage(forged);
        assertEquals(200, get(browser, "/index.xhtml").statusCode(), "still signed in: the sign-out was not carried out");
    }

    @Test
    void aFormSentFromAPageOfAnEarlierSession_isTheExpiredPageWith400() throws Exception {
        HttpClient earlier = signedIn();
        String staleViewState = viewState(get(earlier, "/index.xhtml").body());
        HttpClient later = signedIn();

        HttpResponse<String> stale = postForm(later, "/index.xhtml", Map.of("session", "session",
                "session:signOut", "", "jakarta.faces.ViewState", staleViewState));

        assertExpiredPage(stale);
    }

    @Test
    void anAjaxRequestFromAnExpiredPage_reloadsThePage_insteadOfFailingSilently() throws Exception {
        HttpClient browser = signedIn();
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=session%3AsignOut"
                + "&jakarta.faces.partial.execute=%40all&session=session&jakarta.faces.ViewState=-1234567890%3A987654321";

        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(api.uri("/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<redirect url=\"/index.xhtml\""), answer.body());
    }

    @Test
    void tenAdministratorsAddingOneThemeAtOnce_oneAddsIt_andNineSeeTheNameTakenOnThePage() throws Exception {
        String name = "Page race " + UUID.randomUUID().toString().substring(0, 8);
        List<HttpClient> browsers = new ArrayList<>();
        List<String> viewStates = new ArrayList<>();
        List<String> nonces = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpClient browser = signedIn();
            browsers.add(browser);
            HttpResponse<String> page = get(browser, "/supervision/themes.xhtml");
            viewStates.add(viewState(page.body()));
            nonces.add(nonce(page));
        }
        ExecutorService admins = Executors.newFixedThreadPool(browsers.size());
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < browsers.size(); i++) {
                HttpClient browser = browsers.get(i);
                // primefaces.nonce: what PrimeFaces' script adds to every form in a browser (Content-Security-Policy)
                Map<String, String> form = Map.of("themes", "themes", "themes:name", name, "themes:add", "",
                        "jakarta.faces.ViewState", viewStates.get(i), "primefaces.nonce", nonces.get(i));
                pending.add(admins.submit(() -> {
                    go.await();
                    return postForm(browser, "/supervision/themes.xhtml", form);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get(90, TimeUnit.SECONDS));
            }
        } finally {
            admins.shutdownNow();
        }

        String statuses = answers.stream().map(a -> String.valueOf(a.statusCode())).sorted().collect(Collectors.joining(","));
        assertEquals("200,200,200,200,200,200,200,200,200,302", statuses, "one added it and was redirected");
        for (HttpResponse<String> refused : answers.stream().filter(a -> a.statusCode() == 200).toList()) {
            assertTrue(refused.body().contains("A theme with this name exists already"), refused.body());
        }
    }

    private static void assertExpiredPage(HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("This page has expired"), answer.body());
        assertTrue(answer.body().contains("<a href=\"/index.xhtml\">Reload the page</a>"), "a link back: " + answer.body());
        assertFalse(answer.body().contains("\tat ") || answer.body().contains("Caused by")
                || answer.body().contains("ViewExpiredException:"), "no stack trace: " + answer.body());
    }

    private HttpClient signedIn() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String viewState = viewState(get(browser, "/login.xhtml").body());
        HttpResponse<String> signIn = postForm(browser, "/login.xhtml", Map.of("login", "login",
                "login:email", TestDatabase.ADMIN_EMAIL, "login:password", TestDatabase.ADMIN_PASSWORD,
                "login:signIn", "", "jakarta.faces.ViewState", viewState));
        assertEquals(302, signIn.statusCode());
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient browser, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = Forms.encode(fields);
        return browser.send(HttpRequest.newBuilder(api.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page's nonce, which PrimeFaces' script puts in every form of the page in a browser. */
    private static String nonce(HttpResponse<String> page) {
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), "the page has a Content-Security-Policy with a nonce");
        return m.group(1);
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "the page carries a view state");
        return m.group(1);
    }
}

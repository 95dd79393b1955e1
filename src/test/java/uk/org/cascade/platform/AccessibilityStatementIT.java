package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/** The accessibility statement and the icons: open to everyone, signed in or not, and reached from every page's footer. */
class AccessibilityStatementIT extends DeployedCascade {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void theStatement_opensWithoutSigningIn_fromTheLoginPagesFooter_andFollowsGovUksModel() {
        Answer login = api.get("/login.xhtml", Caller.NOBODY);
        Matcher footer = Pattern.compile("<footer.*?</footer>", Pattern.DOTALL).matcher(login.body());
        assertTrue(footer.find(), login.body());
        Matcher link = Pattern.compile("href=\"([^\"]*accessibility\\.xhtml)\"[^>]*>Accessibility statement")
                .matcher(footer.group());
        assertTrue(link.find(), "the login page's footer links to the statement: " + footer.group());

        Answer statement = api.get(link.group(1), Caller.NOBODY);

        assertEquals(200, statement.status(), "no sign-in needed");
        assertTrue(statement.contentType().startsWith("text/html"), statement.contentType());
        for (String part : List.of("<h1>Accessibility statement for Cascade</h1>", "How accessible this service is",
                "Reporting accessibility problems", "Enforcement procedure", "Equality Advisory and Support Service",
                "Equality Commission for Northern Ireland", "Compliance status", "partially compliant",
                "Web Content Accessibility Guidelines version 2.1", "coverage map", "prepared on 7 December 2026",
                "1366 and 390 pixels", "200% zoom", "keyboard alone")) {
            assertTrue(statement.body().contains(part), "the statement says " + part);
        }
        assertTrue(PageSession.signIn(api, Caller.ADMIN).get("/index.xhtml").html().contains("accessibility.xhtml"),
                "signed-in pages link to it too");
    }

    @Test
    void theIcons_areServedToEveryone_soBrowsersAskingForFaviconIcoGetOne() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> ico = client.send(HttpRequest.newBuilder(api.uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> svg = client.send(HttpRequest.newBuilder(api.uri("/favicon.svg")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ico.statusCode(), "no sign-in, no 404");
        assertEquals("image/x-icon", ico.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico.body()[0], (int) ico.body()[1], (int) ico.body()[2],
                (int) ico.body()[3]), "an ICO file's header");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body().contains("#003087"), "in the header's dark blue");
        assertTrue(api.get("/login.xhtml", Caller.NOBODY).body().contains("favicon.svg\" type=\"image/svg+xml\""),
                "the page head names the icon");
    }

    @Test
    void theStatement_passesAxe_andFitsAPhone() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.await(browser);
            List<String> problems = new ArrayList<>();
            for (int width : new int[] {1366, 390}) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", width == 390 ? 844 : 768, "deviceScaleFactor", 1, "mobile", false));
                browser.get(api.uri("/accessibility.xhtml").toString());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                long scrollWidth = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                if (scrollWidth > width) {
                    problems.add(width + " px: the page is " + scrollWidth + " px wide");
                }
                List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
                violations.forEach(v -> problems.add(width + " px: " + v.getId() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))));
            }
            assertEquals(List.of(), problems);
        } finally {
            browser.quit();
        }
    }
}

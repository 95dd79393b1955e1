package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * With the Content-Security-Policy enforced, Cascade's main pages still work in a real Chromium and its console
 * reports no violation: the login and home pages, the coverage dashboard with its charts and its Ajax table
 * choice, the module editor (Quill), a cohort page with its Ajax enrolment, and a module page with its video
 * frame, text-size buttons and remembered reading place. A deliberate violation at the end proves the policy is
 * enforced and that the console is really being read.
 */
class ContentSecurityPolicyJourneyIT extends DeployedCascade {

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void mainPages_workUnderThePolicy_withoutAViolationInTheConsole() throws Exception {
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        long cohort = world.cohort(trainer, world.personId(trainer));
        long module = world.selfPacedModule();
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"Watch first\",\"html\":"
                + "\"<p>A short film about worry.</p>\",\"videoUrl\":\"https://youtu.be/dQw4w9WgXcQ\"}],\"questions\":[]}", Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN).status());
        Caller learner = world.learnerLoginAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, world.personId(learner)).status());
        CohortWorldAccess.Learner newcomer = world.learnerAt(990101);

        // No name resolves but Cascade's own: the video frame is allowed by the policy, and fetches nothing.
        browser = Browser.start("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE " + api.uri("/").getHost());
        wait = Browser.await(browser);

        browser.get(api.uri("/login.xhtml").toString());
        assertNoViolation("login page");
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), Caller.ADMIN.email(), Caller.ADMIN.password());
        assertNoViolation("home page");

        browser.findElement(By.linkText("Coverage")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage"));
        // The filters are a disclosure; choosing and showing posts the page, which answers at the filters' address.
        browser.findElement(By.cssSelector(".filters-panel > summary")).click();
        new Select(browser.findElement(By.id("filters:programme"))).selectByValue(world.programme());
        browser.findElement(By.id("filters:apply")).click();
        wait.until(ExpectedConditions.urlContains("programme=" + world.programme()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headline")));
        wait.until(d -> (Long) js("return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(function (c) { return window.Chart && Chart.getChart(c); }).length;") >= 3);
        // A status choice is a link; the exports follow the list it shows.
        browser.findElement(By.linkText("All schools")).click();
        wait.until(ExpectedConditions.urlContains("status=ALL"));
        wait.until(d -> d.findElement(By.cssSelector("[id='attention:exports'] a")).getDomAttribute("href")
                .contains("programme=" + world.programme()));
        assertNoViolation("coverage dashboard");

        browser.get(api.uri("/learning/author.xhtml?module=" + module).toString());
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
        editor.click();
        editor.sendKeys(" Typed under the policy.");
        wait.until(ExpectedConditions.textToBePresentInElement(editor, "Typed under the policy."));
        assertNoViolation("module editor");

        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrol:search"))).sendKeys(newcomer.email());
        browser.findElement(By.id("enrol:find")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:enrolButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster:people"), "Enrolled"));
        assertNoViolation("cohort page");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        browser.get(api.uri("/cohort/learning.xhtml").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Not started"));
        assertNoViolation("my learning");
        browser.get(api.uri("/learning/module.xhtml?module=" + module + "&page=1").toString());
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".video iframe")));
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", frame.getDomAttribute("src"));
        browser.findElement(By.id("larger")).click();
        wait.until(d -> "120%".equals(js("return document.getElementById('main').style.fontSize;")));
        // The reading place: saved a moment after scrolling, and where the module opens next time.
        browser.manage().window().setSize(new Dimension(1000, 420));
        js("window.scrollTo(0, 180);");
        long learnerId = world.personId(learner);
        wait.until(d -> savedScroll(learner, learnerId, module) > 0);
        browser.get(api.uri("/learning/module.xhtml?module=" + module).toString());
        wait.until(d -> ((Number) js("return window.scrollY;")).intValue() > 0);
        assertNoViolation("module page");

        js("var img = document.createElement('img'); img.src = 'https://elsewhere.example/pixel.png';"
                + "document.body.appendChild(img);");
        wait.until(d -> violations().stream().anyMatch(v -> v.contains("elsewhere.example")));
    }

    /** Where the learner's place in the module is, as the server saved it. */
    private int savedScroll(Caller learner, long learnerId, long module) {
        return api.get("/api/v1/people/" + learnerId + "/progress", learner).json().getJsonArray("enrolments")
                .stream().flatMap(e -> e.asJsonObject().getJsonArray("modules").stream())
                .map(m -> m.asJsonObject()).filter(m -> m.getJsonNumber("moduleId").longValue() == module)
                .mapToInt(m -> m.isNull("scrollPosition") ? 0 : m.getInt("scrollPosition")).max().orElse(0);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The console's messages about the policy since the last look. */
    private List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")
                        || m.contains("Refused to") || m.contains("Uncaught"))
                .collect(Collectors.toList());
    }

    private void assertNoViolation(String page) {
        List<String> found = violations();
        assertTrue(found.isEmpty(), page + ": " + String.join("\n", found));
    }
}

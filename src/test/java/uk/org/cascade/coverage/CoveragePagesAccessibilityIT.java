package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A coordinator's coverage pages, read as they would be on a school laptop (1366×768) and on a phone (390×844):
 * axe finds no WCAG 2.1 AA violation, and no page scrolls sideways. The pages also say things in words: local
 * authorities by name, GIAS classes without "(England/Wales)", days as "6 December 2026".
 */
class CoveragePagesAccessibilityIT extends DeployedCascade {

    private static final Logger LOG = Logger.getLogger(CoveragePagesAccessibilityIT.class.getName());

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int[][] SCREENS = {{1366, 768}, {390, 844}};

    private CoverageWorld world;
    private Caller coordinator;
    private int atRisk;
    private ChromeDriver browser;
    private WebDriverWait wait;

    /** Coverton with a school in every status, and a refresher window open there so demand has rows. */
    @BeforeEach
    void world() throws Exception {
        world = new CoverageWorld(api);
        coordinator = world.coordinatorOf(CoverageWorld.LA);
        atRisk = world.school("Axe At Risk Primary");
        CoverageWorld.update("UPDATE school SET urban_rural = '(England/Wales) Rural town and fringe' WHERE urn = ?",
                atRisk);
        long expiring = world.person("Ava Expiring");
        world.employ(expiring, atRisk, TODAY.minusYears(2), null);
        world.award(expiring, TODAY.minusMonths(23), TODAY.plusDays(30));
        long leaver = world.person("Leo Leaver");
        world.employ(leaver, atRisk, TODAY.minusYears(1), TODAY.minusMonths(2));
        world.award(leaver, TODAY.minusMonths(10), TODAY.plusMonths(14));
        int covered = world.school("Axe Covered Primary");
        long steady = world.person("Sam Steady");
        world.employ(steady, covered, TODAY.minusYears(3), null);
        world.award(steady, TODAY.minusMonths(3), TODAY.plusMonths(21));
        int gap = world.school("Axe Gap Primary");
        long lapsed = world.person("Gus Lapsed");
        world.employ(lapsed, gap, TODAY.minusYears(3), null);
        world.award(lapsed, TODAY.minusMonths(30), TODAY.minusMonths(6));
        world.school("Axe Not Started Primary");
        refresherDueAt(atRisk);

        browser = Browser.start();
        wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyCoveragePage_passesAxe_andFitsAPhoneWithoutScrollingSideways() {
        Map<String, String> pages = new LinkedHashMap<>();
        // The dashboard on the world's programme, so that every section (at-risk rows, charts, map) has content
        pages.put("Coverage dashboard", "/coverage/dashboard.xhtml?programme=" + world.programme + "&la="
                + world.la);
        pages.put("School drill-down", "/coverage/school.xhtml?urn=" + atRisk + "&programme=" + world.programme);
        pages.put("Coverage targets", "/coverage/targets.xhtml");
        pages.put("Refresher demand", "/refresher/demand.xhtml");

        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        lines.add(String.format("%-20s %-9s %-11s %s", "Page", "Screen", "Overflow", "axe violations"));
        for (int[] screen : SCREENS) {
            resize(screen[0], screen[1]);
            for (var page : pages.entrySet()) {
                browser.get(api.uri(page.getValue()).toString());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long innerWidth = number("return window.innerWidth");
                assertEquals(screen[0], innerWidth, "the window is as wide as the screen under test");
                List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
                String where = page.getKey() + " at " + screen[0] + " px";
                String found = violations.stream().map(CoveragePagesAccessibilityIT::describe)
                        .collect(Collectors.joining("; "));
                lines.add(String.format("%-20s %-9s %-11s %s", page.getKey(), screen[0] + "x" + screen[1],
                        scrollWidth > innerWidth ? scrollWidth + " px" : "none", violations.isEmpty() ? "none" : found));
                if (scrollWidth > innerWidth) {
                    problems.add(where + " is " + scrollWidth + " px wide");
                }
                if (!violations.isEmpty()) {
                    problems.add(where + ": " + found);
                }
            }
        }
        String table = String.join("\n", lines);
        LOG.info("Coverage pages, axe (WCAG 2.1 AA) and horizontal overflow:\n" + table);
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\n" + table);
    }

    @Test
    void theDrillDownTargetsAndDemand_sayThingsInWords() {
        browser.get(api.uri("/coverage/school.xhtml?urn=" + atRisk + "&programme=" + world.programme).toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage: Axe At Risk Primary"));
        String school = browser.findElement(By.tagName("main")).getText();
        assertEquals("At risk", browser.findElement(By.id("status")).getText());
        assertTrue(school.contains(TODAY.format(uk.org.cascade.platform.Dates.DAY)), school);
        assertTrue(school.contains("Rural town and fringe"), school);
        assertFalse(school.contains("(England/Wales)"), school);
        assertTrue(school.contains("Coverton"), school);
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("Ava Expiring's practitioner competency "
                + "expires on " + TODAY.plusDays(30).format(uk.org.cascade.platform.Dates.DAY)), school);
        assertFalse(school.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates on the page: " + school);

        browser.get(api.uri("/coverage/targets.xhtml").toString());
        String targets = browser.findElement(By.tagName("main")).getText();
        assertTrue(targets.contains("Coverton"), targets);
        assertFalse(targets.contains("(" + CoverageWorld.LA + ")"), "the name, not the code: " + targets);

        browser.get(api.uri("/refresher/demand.xhtml").toString());
        String demand = browser.findElement(By.tagName("main")).getText();
        // Each test's world adds one place in Coverton, so the total is 1 or more: its noun must agree with it.
        String total = browser.findElement(By.id("total")).getText();
        long places = Long.parseLong(total.replaceAll("\\D.*", ""));
        assertEquals(places + (places == 1 ? " place" : " places") + " needed in all.", total);
        assertTrue(demand.contains("Coverton"), demand);
        assertFalse(demand.contains("(" + CoverageWorld.LA + ")"), "the name, not the code: " + demand);
        String month = TODAY.format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK));
        assertTrue(demand.contains(month), "months in words (" + month + "): " + demand);
        assertFalse(demand.matches("(?s).*\\d{4}-\\d{2}.*"), "no ISO months or days: " + demand);

        browser.get(api.uri("/index.xhtml").toString());
        String home = browser.findElement(By.tagName("main")).getText();
        assertTrue(home.contains("You coordinate Coverton."), home);
    }

    /**
     * A competency with a 90-day refresher window, held at {@code urn} until 40 days from now: its window is open,
     * and no refresher cohort exists, so Coverton needs one refresher place this month.
     */
    private void refresherDueAt(int urn) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        programme("AX" + tag);
        programme("AR" + tag);
        Answer c = api.post("/api/v1/competencies", "{\"code\":\"AX" + tag + "-P\",\"title\":\"Practitioner AX" + tag
                + "\",\"level\":\"PRACTITIONER\",\"validityMonths\":24,\"programmeCode\":\"AX" + tag
                + "\",\"refresherProgrammeCode\":\"AR" + tag + "\",\"refresherWindowDays\":90}", Caller.ADMIN);
        assertEquals(201, c.status(), c.body());
        long competency = c.json().getJsonNumber("id").longValue();
        long assessor = api.get("/api/v1/me", Caller.ADMIN).json().getJsonNumber("personId").longValue();
        long person = world.person("Rae Refresher");
        world.employ(person, urn, TODAY.minusYears(2), null);
        CoverageWorld.update("INSERT INTO sign_off (person_id, competency_id, assessor_id, signed_on, outcome, evidence, "
                + "valid_from, expires_on, recorded_at) VALUES (?, ?, ?, ?, 'COMPETENT', 'observed practice', ?, ?, NOW(6))",
                person, competency, assessor, TODAY.minusMonths(23), TODAY.minusMonths(23), TODAY.plusDays(40));
    }

    private void programme(String code) {
        Answer p = api.post("/api/v1/programmes", "{\"code\":\"" + code + "\",\"title\":\"Programme " + code
                + "\",\"modules\":[{\"title\":\"Workshop\",\"minutes\":120,\"mode\":\"IN_PERSON\"}]}", Caller.ADMIN);
        assertEquals(201, p.status(), p.body());
    }

    /** The page laid out exactly {@code width} CSS pixels wide, as on a screen of that size. */
    private void resize(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " ×" + rule.getNodes().size() + " (" + rule.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")) + ")";
    }
}

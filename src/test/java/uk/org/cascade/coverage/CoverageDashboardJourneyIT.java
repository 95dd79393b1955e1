package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.platform.Dates;

/**
 * A coordinator reads the coverage dashboard for their authority on a 1366 px screen and on a 390 px phone: the
 * counts and the trend are above the fold and nothing scrolls sideways; every chart draws exactly the figures the
 * summary API gives; the map draws every open school; what needs doing lists the school that lost cover first, each school with the one step that
 * fits, and the at-risk school's step opens a refresher plan already filled in; a chart's bar narrows the school
 * list; a school drills down to who is behind it, and its target can be set there.
 */
class CoverageDashboardJourneyIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Map<String, String> CHARTS = Map.of("la-chart", "la", "imd-chart", "imdDecile",
            "rural-chart", "urbanRural", "phase-chart", "phase");

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void coordinatorReadsTheDashboard_onAScreenAndAPhone_andActsOnWhatNeedsDoing() throws Exception {
        // An authority of its own, so that the figures and what needs doing are this world's alone.
        CoverageWorld world = new CoverageWorld(api, true, 866, "Dashfield");
        Caller coordinator = world.coordinatorOf(world.la);
        int expiring = world.school("Drilldown Primary");
        long nia = world.person("Nia Expiring");
        world.employ(nia, expiring, TODAY.minusYears(2), null);
        world.award(nia, TODAY.minusMonths(23), TODAY.plusDays(30));
        int lost = world.school("Lapsed Secondary", "Secondary", "(England/Wales) Urban city and town", 7);
        long lapsed = world.person("Lars Lapsed");
        world.employ(lapsed, lost, TODAY.minusYears(3), null);
        world.award(lapsed, TODAY.minusYears(2).minusDays(10), TODAY.minusDays(10));
        int steady = world.school("Steady Primary", "Primary", "(England/Wales) Rural town and fringe", 1);
        long sam = world.person("Sam Steady");
        world.employ(sam, steady, TODAY.minusYears(1), null);
        world.award(sam, TODAY.minusMonths(6), TODAY.plusMonths(18));
        world.school("Newcomer Primary", "Primary", "(England/Wales) Rural town and fringe", 1);
        String dashboard = "/coverage/dashboard.xhtml?programme=" + world.programme + "&la=" + world.la;

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        screen(1366, 768, false);
        browser.get(api.uri(dashboard).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headline")));
        assertEquals("Coverage " + world.programme + " in Dashfield on " + TODAY.format(Dates.DAY),
                browser.findElement(By.id("question")).getText());
        assertReadableAt(768);

        // Each chart draws exactly the summary API's counts, group by group and status by status.
        for (Map.Entry<String, String> chart : CHARTS.entrySet()) {
            JsonObject summary = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&la="
                    + world.la + "&groupBy=" + chart.getValue(), coordinator).json();
            assertEquals(apiCounts(summary), chartCounts(chart.getKey()), chart.getKey() + " against the summary API");
            // Segments stack (a bar is as long as its group's schools) on a whole-number axis.
            assertEquals(List.of(true, true, 0L), js("var c = Chart.getChart(document.querySelector(\"[id='\" + arguments[0]"
                    + " + \"'] canvas\")); var value = c.options.indexAxis === 'y' ? c.scales.x : c.scales.y;"
                    + "return [c.scales.x.options.stacked === true, c.scales.y.options.stacked === true,"
                    + " value.options.ticks.precision];", chart.getKey()), chart.getKey() + " stacks on whole numbers");
        }
        assertEquals(api.get("/api/v1/coverage/summary?programme=" + world.programme + "&la=" + world.la,
                coordinator).json().getJsonNumber("schools").longValue(), sum(chartCounts("la-chart")));

        // The map draws every open school in the authority: a marker of its own, or its share of a cluster.
        long open = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&la=" + world.la, coordinator)
                .json().getJsonNumber("schools").longValue();
        wait.until(d -> String.valueOf(open).equals(d.findElement(By.id("coverage-map")).getDomAttribute("data-loaded")));
        int markers = browser.findElements(By.cssSelector("#coverage-map .school-marker")).size();
        int clustered = browser.findElements(By.cssSelector("#coverage-map .map-cluster")).stream()
                .mapToInt(c -> Integer.parseInt(c.getDomAttribute("data-count"))).sum();
        assertEquals(open, markers + clustered, "markers " + markers + " and clustered " + clustered);

        assertTrue(browser.findElement(By.id("summary-" + world.la)).getDomAttribute("href")
                .contains("/api/v1/coverage/local-authorities/" + world.la + "/summary.pdf?programme=" + world.programme));

        // What needs doing: the school that lost cover first, then the soonest loss; each with the step that fits.
        List<WebElement> tasks = browser.findElements(By.cssSelector("#todo .task"));
        assertTrue(tasks.get(0).getText().contains("Lapsed Secondary"), tasks.get(0).getText());
        assertTrue(tasks.get(0).getText().contains("Enrol staff in an open cohort"), tasks.get(0).getText());
        WebElement atRisk = tasks.stream().filter(t -> t.getText().contains("Drilldown Primary")).findFirst().orElseThrow();
        assertTrue(atRisk.getText().contains("Nia Expiring's practitioner competency expires on "
                + TODAY.plusDays(30).format(Dates.DAY)), atRisk.getText());
        atRisk.findElement(By.linkText("Plan a refresher cohort in Dashfield")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:programme")));
        assertEquals(world.refresher, new Select(browser.findElement(By.id("plan:programme")))
                .getFirstSelectedOption().getDomAttribute("value"), "the plan is for the refresher programme");
        assertEquals(String.valueOf(world.la), new Select(browser.findElement(By.id("plan:la")))
                .getFirstSelectedOption().getDomAttribute("value"), "the plan is for the school's authority");

        // A bar's segment narrows the school list to that authority and status.
        browser.get(api.uri(dashboard + "&status=ALL").toString());
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='la-chart'] canvas")));
        new Actions(browser).scrollToElement(canvas).perform();
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("var c = Chart.getChart(arguments[0]);"
                + "var i = c.data.datasets.findIndex(function (d) { return d.status === 'AT_RISK'; });"
                + "var bar = c.getDatasetMeta(i).data[0]; var box = arguments[0].getBoundingClientRect();"
                + "return [bar.getCenterPoint().x - box.width / 2, bar.getCenterPoint().y - box.height / 2];", canvas);
        new Actions(browser).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(ExpectedConditions.urlContains("status=AT_RISK"));
        String list = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attention:schools"))).getText();
        assertTrue(list.contains("Drilldown Primary") && !list.contains("Steady Primary")
                && !list.contains("Lapsed Secondary"), list);
        String row = browser.findElement(By.xpath("//*[@id='attention:schools']//tr[.//a[text()='Drilldown Primary']]"))
                .getText();
        assertTrue(row.contains("Never") && row.contains("Supervision overdue"), row);

        // On a phone: the same figures above the fold, nothing to scroll sideways.
        screen(390, 844, true);
        browser.get(api.uri(dashboard).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headline")));
        assertReadableAt(844);

        screen(1366, 768, false);
        browser.get(api.uri(dashboard + "&status=AT_RISK").toString());
        browser.findElement(By.linkText("Drilldown Primary")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage: Drilldown Primary"));
        assertEquals("At risk", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("expires on "
                + TODAY.plusDays(30).format(Dates.DAY)));
        assertTrue(browser.findElement(By.id("staff")).getText().contains("Nia Expiring"));
        browser.findElement(By.id("target:target")).sendKeys("2");
        browser.findElement(By.id("target:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Target saved"));
        assertEquals("Gap", browser.findElement(By.id("status")).getText(), "one trained of two is a gap");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("1 trained of a target of 2"));
    }

    /** The counts and the trend's heading are above the fold, and the page is no wider than the screen. */
    private void assertReadableAt(int fold) {
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px");
        for (String id : List.of("headline", "trend-title")) {
            double bottom = ((Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().bottom;",
                    id)).doubleValue();
            assertTrue(bottom <= fold, id + " ends at " + bottom + " px, below the fold at " + fold);
        }
    }

    /** Group key → status → schools, as a chart draws them (zeros left out). */
    private Map<String, Map<String, Long>> chartCounts(String chart) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) js("var c = Chart.getChart("
                + "document.querySelector(\"[id='\" + arguments[0] + \"'] canvas\")); var keys = c.config.options.plugins.cascade.keys;"
                + "var out = []; c.data.datasets.forEach(function (d) { d.data.forEach(function (n, i) {"
                + "out.push({key: keys[i], status: d.status, n: n}); }); }); return out;", chart);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Map<String, Object> bar : bars) {
            long n = ((Number) bar.get("n")).longValue();
            if (n > 0) {
                counts.computeIfAbsent(normal((String) bar.get("key")), k -> new TreeMap<>()).put((String) bar.get("status"), n);
            }
        }
        return counts;
    }

    private static Map<String, Map<String, Long>> apiCounts(JsonObject summary) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (JsonValue g : summary.getJsonArray("groups")) {
            JsonObject group = g.asJsonObject();
            group.getJsonObject("counts").forEach((status, n) -> {
                long value = ((jakarta.json.JsonNumber) n).longValue();
                if (value > 0) {
                    counts.computeIfAbsent(normal(group.getString("key")), k -> new TreeMap<>()).put(status, value);
                }
            });
        }
        return counts;
    }

    /** The chart keys IMD deciles as "01"; the API as "1". */
    private static String normal(String key) {
        return key.matches("\\d+") ? String.valueOf(Integer.parseInt(key)) : key;
    }

    private static long sum(Map<String, Map<String, Long>> counts) {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** A desktop screen, or a phone's (emulated: desktop Chromium keeps windows at least 500 px wide). */
    private void screen(int width, int height, boolean phone) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}

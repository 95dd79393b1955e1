package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * A coordinator opens the coverage dashboard and finds their schools on the map: one marker (or a cluster's share)
 * per open school the API places, a key that names every status in words, no Content-Security-Policy complaint,
 * and a school's marker, clicked or pressed with Enter, leads to that school's drill-down. The tests run without
 * map tiles (no internet here), so this is also the map on a plain background.
 */
class CoverageMapJourneyIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    /** Clear of Coverton (871) and the authorities other coverage tests make from 872 up. */
    private static final int MAPTON = 890;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapShowsEveryPlacedSchool_namesTheColours_andLeadsToEachSchool() throws Exception {
        // An authority of this test's own, so that the map holds only the schools made here.
        CoverageWorld world = new CoverageWorld(api, false, MAPTON, "Mapton");
        Caller coordinator = world.coordinatorOf(MAPTON);
        // Far from each other: each its own marker.
        int atRisk = placed(world.school("Lands End Primary"), 134200, 25100);
        int covered = placed(world.school("Pennine Primary"), 390000, 470000);
        placed(world.school("Kielder Primary"), 370000, 593000);
        // Two schools 200 m apart: one cluster until zoomed right in.
        int twinA = placed(world.school("Twin Oaks Primary"), 260000, 300000);
        int twinB = placed(world.school("Twin Elms Primary"), 260200, 300000);
        long nia = world.person("Nia Expiring");
        world.employ(nia, atRisk, TODAY.minusYears(2), null);
        world.award(nia, TODAY.minusMonths(23), TODAY.plusDays(30));
        long sam = world.person("Sam Steady");
        world.employ(sam, covered, TODAY.minusYears(1), null);
        world.award(sam, TODAY.minusMonths(1), TODAY.plusMonths(23));

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        openDashboard(wait, world.programme);

        Answer answer = api.get("/api/v1/coverage/map?programme=" + world.programme + "&la=" + MAPTON
                + "&date=" + TODAY, coordinator);
        assertEquals(200, answer.status(), answer.body());
        int onMap = answer.json().getJsonArray("schools").size();
        int notOnMap = answer.json().getJsonArray("notOnMap").size();
        assertEquals(5, onMap, answer.body());
        assertEquals(0, notOnMap, answer.body());
        assertEquals(String.valueOf(onMap), browser.findElement(By.id("coverage-map")).getAttribute("data-loaded"));
        // Every school the API places is drawn: a marker of its own, or counted in a cluster.
        int markers = browser.findElements(By.cssSelector("#coverage-map .school-marker")).size();
        int clustered = browser.findElements(By.cssSelector("#coverage-map .map-cluster")).stream()
                .mapToInt(c -> Integer.parseInt(c.getAttribute("data-count"))).sum();
        assertEquals(onMap, markers + clustered, "markers " + markers + " and clustered " + clustered);

        String summary = browser.findElement(By.id("map-summary")).getText();
        assertTrue(summary.startsWith("5 schools on the map: 1 at risk, 3 not started and 1 covered."), summary);
        assertEquals(List.of("Covered", "At risk", "Gap", "Not started"), browser.findElements(
                By.cssSelector("#map-key li .map-key-label")).stream().map(WebElement::getText).toList());
        assertEquals("Map of schools by coverage status",
                browser.findElement(By.id("coverage-map")).getAttribute("aria-label"));

        // The list names every school the map shows, and those it cannot place.
        browser.findElement(By.cssSelector("#map-list summary")).click();
        List<WebElement> listed = wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#map-list-body a"));
            return links.size() == onMap + notOnMap ? links : null;
        });
        assertTrue(listed.stream().anyMatch(a -> a.getText().equals("Lands End Primary")));

        WebElement marker = markerOf(atRisk);
        assertEquals("button", marker.getAttribute("role"));
        assertEquals("0", marker.getAttribute("tabindex"), "markers are reached with the keyboard");
        assertTrue(marker.getAttribute("textContent").contains("Lands End Primary, Mapton: At risk, 1 trained of a "
                + "target of 1"), marker.getAttribute("textContent"));
        assertEquals(List.of(), violations());

        marker.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage: Lands End Primary"));
        assertEquals("At risk", browser.findElement(By.id("status")).getText());
        assertTrue(browser.getCurrentUrl().contains("urn=" + atRisk) && browser.getCurrentUrl().contains("programme="
                + world.programme) && browser.getCurrentUrl().contains("date=" + TODAY), browser.getCurrentUrl());

        openDashboard(wait, world.programme);
        markerOf(covered).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage: Pennine Primary"));
        assertEquals("Covered", browser.findElement(By.id("status")).getText());

        // A cluster is a button too: Enter zooms into it until its schools stand apart.
        openDashboard(wait, world.programme);
        assertTrue(browser.findElements(By.xpath("//*[@data-urn='" + twinA + "']")).isEmpty(), "clustered at first");
        WebElement twins = browser.findElement(By.xpath("//*[contains(@class, 'school-cluster')][.//*[@data-count='2']]"));
        assertEquals("button", twins.getAttribute("role"));
        assertTrue(twins.getAttribute("textContent").contains("2 schools here: 2 not started"),
                twins.getAttribute("textContent"));
        twins.sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.xpath("//*[@data-urn='" + twinA + "']")).isEmpty()
                && !d.findElements(By.xpath("//*[@data-urn='" + twinB + "']")).isEmpty());
        assertEquals(List.of(), violations());
    }

    /** The dashboard for the programme and Mapton, once its map has drawn the schools. */
    private void openDashboard(WebDriverWait wait, String programme) {
        browser.get(api.uri("/coverage/dashboard.xhtml?programme=" + programme + "&la=" + MAPTON).toString());
        String loaded = wait.until(d -> d.findElement(By.id("coverage-map")).getAttribute("data-loaded"));
        assertNotEquals("failed", loaded, browser.findElement(By.id("map-summary")).getText());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('coverage-map').scrollIntoView()");
    }

    /** The marker (Leaflet's focusable icon) of a school. */
    private WebElement markerOf(int urn) {
        return browser.findElement(By.xpath("//*[@id='coverage-map']//*[contains(@class, 'school-marker')]"
                + "[.//*[@data-urn='" + urn + "']]"));
    }

    private static int placed(int urn, int easting, int northing) {
        CoverageWorld.update("UPDATE school SET easting = ?, northing = ? WHERE urn = ?", easting, northing, urn);
        return urn;
    }

    /** What the console said about the page's policy, or any script error. */
    private List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")
                        || m.contains("Refused to") || m.contains("Uncaught"))
                .collect(Collectors.toList());
    }
}

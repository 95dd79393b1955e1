package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * A coordinator opens the coverage dashboard for their authority, finds the school about to lose cover in the
 * table of schools that need attention, drills down to see who is behind it and why, and sets the school's own
 * target.
 */
class CoverageDashboardJourneyIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drillsDownFromTheAtRiskListToTheSchool_andSetsItsTarget() throws Exception {
        CoverageWorld world = new CoverageWorld(api);
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        int school = world.school("Drilldown Primary");
        long nia = world.person("Nia Expiring");
        world.employ(nia, school, TODAY.minusYears(2), null);
        world.award(nia, TODAY.minusMonths(23), TODAY.plusDays(30));

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        browser.findElement(By.linkText("Coverage")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage"));

        new Select(browser.findElement(By.id("filters:programme"))).selectByValue(world.programme);
        new Select(browser.findElement(By.id("filters:la"))).selectByValue(String.valueOf(CoverageWorld.LA));
        browser.findElement(By.id("filters:apply")).click();
        String table = wait.until(d -> {
            String text = d.findElement(By.id("attention:schools")).getText();
            return text.contains("Drilldown Primary") ? text : null;
        });
        assertTrue(table.contains("At risk"), table);
        assertTrue(table.contains("Nia Expiring's practitioner competency expires on " + TODAY.plusDays(30)), table);
        // The last-supervision column, filled by supervision: nobody there has been supervised, yet it holds cover.
        String row = browser.findElement(By.xpath("//*[@id='attention:schools']//tr[.//a[text()='Drilldown Primary']]"))
                .getText();
        assertTrue(row.contains("never") && row.contains("Covered but unsupervised"), row);
        assertTrue(browser.findElement(By.id("count-at-risk")).getText().matches("[1-9]\\d*"));
        assertTrue(browser.findElement(By.id("by-la")).getText().contains("Coverton"));

        browser.findElement(By.linkText("Drilldown Primary")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Coverage: Drilldown Primary"));
        assertEquals("At risk", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("reasons")).getText().contains("expires on "
                + TODAY.plusDays(30).format(uk.org.cascade.platform.boundary.Wording.DAY)));
        assertTrue(browser.findElement(By.id("staff")).getText().contains("Nia Expiring"));

        browser.findElement(By.id("target:target")).sendKeys("2");
        browser.findElement(By.id("target:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Target saved"));
        assertEquals("Gap", browser.findElement(By.id("status")).getText(), "one trained of two is a gap");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("1 trained of a target of 2"));
    }
}

package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.SmallScreen;

/**
 * The cohort page and My learning on a 390 px phone: every table stacks into one card per row, each cell headed by
 * its column's name, and the page never scrolls sideways (the roster and sessions once squeezed to a letter a line,
 * My learning was 560 px wide). axe finds nothing there either.
 */
class CohortPagesOnAPhoneIT extends BrowserJourney {

    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

    private CohortWorld world;
    private Caller trainer;
    private Caller learner;
    private long cohortId;

    @BeforeEach
    void cohortUnderWay() throws Exception {
        world = new CohortWorld(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        cohortId = world.cohort(Caller.ADMIN, world.personId(trainer), 5, YESTERDAY.toString(), TOMORROW.toString())
                .getJsonNumber("id").longValue();
        assertEquals(201, world.enrol(cohortId, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        assertEquals(201, world.enrol(cohortId, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                Caller.ADMIN).status());
    }

    @Test
    void theCohortPage_stacksSessionsAttendanceAndRoster_andFitsAPhone() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        SmallScreen.resize(browser, SmallScreen.PHONE);
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohortId).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster:people")));

        List<String> problems = new ArrayList<>();
        for (String table : List.of("cohort:sessions", "attendance:grid", "roster:people")) {
            String layout = SmallScreen.notStacked(browser, browser.findElement(By.id(table)));
            if (!layout.isEmpty()) {
                problems.add(table + ": " + layout);
            }
        }
        long width = SmallScreen.pageWidth(browser);
        if (width > SmallScreen.PHONE[0]) {
            problems.add("the cohort page is " + width + " px wide at 390 px");
        }
        SmallScreen.axe(browser).forEach(v -> problems.add("axe: " + v));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // Laid out as cards, the roster still reads as a table: its row's first cell is headed "Learner".
        assertTrue(browser.findElement(By.cssSelector("[id='roster:people'] tbody tr td")).getText()
                .startsWith("Learner"), browser.findElement(By.id("roster:people")).getText());
    }

    @Test
    void myLearning_stacksTheModulesOfACohort_andFitsAPhone() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        SmallScreen.resize(browser, SmallScreen.PHONE);
        browser.get(api.uri("/cohort/learning.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.modules")));

        List<String> problems = new ArrayList<>();
        String layout = SmallScreen.notStacked(browser, browser.findElement(By.cssSelector("table.modules")));
        if (!layout.isEmpty()) {
            problems.add("modules: " + layout);
        }
        long width = SmallScreen.pageWidth(browser);
        if (width > SmallScreen.PHONE[0]) {
            problems.add("My learning is " + width + " px wide at 390 px");
        }
        SmallScreen.axe(browser).forEach(v -> problems.add("axe: " + v));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.SmallScreen;

/**
 * The theme's components in the states a first look at a page never shows, on a laptop and on a phone: a calendar
 * opened from its button, a multiple-choice menu and a select menu dropped down, a field with the keyboard's focus.
 * axe finds nothing in them, the chosen day and item read at 4.5:1 or more, and focus is the yellow-and-black ring,
 * not the theme's pale blue. File inputs are not hidden from screen readers.
 */
class OpenComponentsIT extends BrowserJourney {

    private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);

    private CohortWorld world;
    private Caller coordinator;
    private long cohortId;

    @BeforeEach
    void cohortToPlan() throws Exception {
        world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        coordinator = world.user("COORDINATOR");
        cohortId = world.cohort(Caller.ADMIN, world.personId(trainer), 5, TOMORROW.toString(), NEXT_WEEK.toString())
                .getJsonNumber("id").longValue();
    }

    @Test
    void anOpenCalendarAndOpenMenus_passAxe_showWhatIsChosenInContrast_andFocusIsYellowAndBlack() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        List<String> problems = new ArrayList<>();
        for (int[] screen : new int[][] {SmallScreen.LAPTOP, SmallScreen.PHONE}) {
            SmallScreen.resize(browser, screen);
            String at = " at " + screen[0] + " px";
            browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohortId).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newSession:start_input")));

            WebElement calendarButton = browser.findElement(By.cssSelector("[id='newSession:start'] .ui-datepicker-trigger"));
            assertEquals("Choose date", calendarButton.getAccessibleName(), "the calendar button's name" + at);
            calendarButton.click();
            WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newSession:start_panel")));
            WebElement day = calendar.findElement(By.xpath(".//td[not(contains(@class,'ui-datepicker-other-month'))]"
                    + "/a[text()='15']"));
            day.click();
            WebElement chosen = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='newSession:start_panel'] td > a.ui-state-active")));
            double chosenDay = SmallScreen.contrast(browser, chosen);
            if (chosenDay < 4.5) {
                problems.add("the chosen day reads at " + String.format("%.2f", chosenDay) + ":1" + at);
            }
            SmallScreen.axe(browser).forEach(v -> problems.add("open calendar" + at + ": " + v));
            noWiderThan(screen, "with the calendar open", problems);
            new Actions(browser).moveToLocation(2, 2).click().perform(); // a click outside closes the calendar
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("newSession:start_panel")));

            WebElement modules = browser.findElement(By.id("newSession:modules"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", modules);
            modules.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newSession:modules_panel")));
            SmallScreen.axe(browser).forEach(v -> problems.add("open modules menu" + at + ": " + v));
            new Actions(browser).moveToLocation(2, 2).click().perform();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("newSession:modules_panel")));

            // The keyboard's focus on a field: the yellow ring with black around it.
            WebElement place = browser.findElement(By.id("newSession:location"));
            browser.executeScript("arguments[0].scrollIntoView()", place);
            browser.findElement(By.id("newSession:end_input")).click();
            new Actions(browser).sendKeys(Keys.TAB).perform(); // past the end's calendar button
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertEquals(place, browser.switchTo().activeElement(), "Tab reaches the place field" + at);
            assertEquals("rgba(255, 184, 28, 1)", place.getCssValue("outline-color"), "the focus ring's yellow" + at);
            // The theme eases its ring in over .2 s: the ring it settles on is black, not the theme's pale blue.
            wait.until(d -> place.getCssValue("box-shadow").equals("rgb(0, 0, 0) 0px 0px 0px 5px"));
        }

        // A select menu, dropped down: the item chosen stands out from the rest in contrast.
        for (int[] screen : new int[][] {SmallScreen.LAPTOP, SmallScreen.PHONE}) {
            SmallScreen.resize(browser, screen);
            String at = " at " + screen[0] + " px";
            browser.get(api.uri("/cohort/cohorts.xhtml").toString());
            browser.findElement(By.id("cohorts:status")).click();
            WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='cohorts:status_items'] li.ui-state-highlight")));
            double chosenItem = SmallScreen.contrast(browser, item);
            if (chosenItem < 4.5) {
                problems.add("the chosen item of a select menu reads at " + String.format("%.2f", chosenItem) + ":1" + at);
            }
            if ("rgba(0, 0, 0, 0)".equals(item.getCssValue("background-color"))
                    || "rgb(255, 255, 255)".equals(item.getCssValue("background-color"))) {
                problems.add("the chosen item of a select menu is not marked" + at);
            }
            SmallScreen.axe(browser).forEach(v -> problems.add("open select menu" + at + ": " + v));
            noWiderThan(screen, "with the select menu open", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void fileInputs_areNotHiddenFromScreenReaders_andTheirPagesFitAPhone() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), Caller.ADMIN.email(), Caller.ADMIN.password());
        SmallScreen.resize(browser, SmallScreen.PHONE);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/people/roster.xhtml", "/organisation/gias.xhtml")) {
            browser.get(api.uri(page).toString());
            WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
            assertNull(file.getDomAttribute("aria-hidden"), page + ": the file input is the control itself");
            assertFalse(file.getAccessibleName().isBlank(), page + ": the file input is named by its label");
            SmallScreen.axe(browser).forEach(v -> problems.add(page + ": " + v));
            noWiderThan(SmallScreen.PHONE, page, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void noWiderThan(int[] screen, String what, List<String> problems) {
        long width = SmallScreen.pageWidth(browser);
        if (width > screen[0]) {
            problems.add("the page " + what + " is " + width + " px wide at " + screen[0] + " px");
        }
    }
}

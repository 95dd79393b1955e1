package uk.org.cascade.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.RefusedForm;

/**
 * The log form refused the GOV.UK way, and its sensible default: one supervisee ticked, with the format left as
 * it opens, is individual supervision and is logged.
 */
class LogSupervisionErrorsJourneyIT extends BrowserJourney {

    @Test
    void anEmptyLog_isRefusedFieldByField_thenOneSuperviseeWithTheDefaultsIsLogged() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(today.minusYears(1));
        long person = world.learnerAtNorfolkSchool();
        world.signOff(person, world.practitionerCompetency(), today.minusDays(90), world.personId(trainer));
        String name = api.get("/api/v1/people/" + person, Caller.ADMIN).json().getString("name");

        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/supervision/log.xhtml").toString());
        WebElement minutes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:minutes")));
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.findElement(By.id("log:save")).click();

        RefusedForm.assertRefused(browser, wait, Map.of(
                "log:supervisees", "Choose at least one supervisee",
                "log:minutes", "Enter how long the supervision took, in minutes"));
        RefusedForm.assertLinkFocuses(browser, wait, "log:supervisees");

        // Group supervision said outright for one supervisee: refused on the format, in words.
        tick(name);
        browser.findElement(By.id("log:minutes")).sendKeys("45");
        new Select(browser.findElement(By.id("log:format"))).selectByVisibleText("Group");
        browser.findElement(By.id("log:save")).click();
        RefusedForm.assertRefused(browser, wait, Map.of("log:format",
                "Group supervision is for two or more supervisees, and you ticked one"));
        assertEquals(0, api.getArray("/api/v1/people/" + person + "/supervision", trainer).size(), "nothing stored");

        // Left to the form, one supervisee is individual supervision.
        new Select(browser.findElement(By.id("log:format")))
                .selectByVisibleText("Individual for one supervisee, group for two or more");
        browser.findElement(By.id("log:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Logged supervision for 1 person."));
        JsonArray history = api.getArray("/api/v1/people/" + person + "/supervision", trainer);
        assertEquals(1, history.size());
        assertEquals("INDIVIDUAL", history.getJsonObject(0).getString("format"));
        assertEquals(45, history.getJsonObject(0).getInt("minutes"));
    }

    private void tick(String name) {
        WebElement box = browser.findElement(By.xpath("//table[@id='log:supervisees']//label[starts-with(normalize-space(.),'"
                + name + "')]"));
        box.click();
    }
}

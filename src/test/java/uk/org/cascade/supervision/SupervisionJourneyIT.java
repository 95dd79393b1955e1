package uk.org.cascade.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * A trainer logs group supervision for two of the practitioners they signed off through the quick log form;
 * a note holding an NHS number is refused first and not stored.
 */
class SupervisionJourneyIT extends DeployedCascade {

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void trainerLogsGroupSupervisionForTwoPractitioners() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(today.minusYears(1));
        long trainerId = world.personId(trainer);
        long first = world.learnerAtNorfolkSchool();
        long second = world.learnerAtNorfolkSchool();
        for (long p : new long[] {first, second}) {
            world.signOff(p, world.practitionerCompetency(), today.minusDays(90), trainerId);
        }
        String firstName = api.get("/api/v1/people/" + first, Caller.ADMIN).json().getString("name");
        String secondName = api.get("/api/v1/people/" + second, Caller.ADMIN).json().getString("name");

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/supervision/log.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:supervisees")));
        assertTrue(browser.findElement(By.id("main")).getText().contains("No child or family identifiers"));
        tick("log:supervisees", firstName);
        tick("log:supervisees", secondName);
        tick("log:themes", "Case review");
        WebElement minutes = browser.findElement(By.id("log:minutes"));
        minutes.clear();
        minutes.sendKeys("75");
        WebElement families = browser.findElement(By.id("log:families"));
        families.clear();
        families.sendKeys("3");
        browser.findElement(By.id("log:themeNotes")).sendKeys("Child NHS number 943 476 5919");
        browser.findElement(By.id("log:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "looks like it contains an NHS number"));
        assertEquals(0, api.getArray("/api/v1/people/" + first + "/supervision", trainer).size(), "nothing stored");

        WebElement notes = browser.findElement(By.id("log:themeNotes"));
        notes.clear();
        notes.sendKeys("Pacing exposure steps");
        browser.findElement(By.id("log:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Logged group supervision for 2 people."));

        for (long p : new long[] {first, second}) {
            JsonArray history = api.getArray("/api/v1/people/" + p + "/supervision", trainer);
            assertEquals(1, history.size());
            JsonObject log = history.getJsonObject(0);
            assertEquals("GROUP", log.getString("format"));
            assertEquals(75, log.getInt("minutes"));
            assertEquals(3, log.getInt("familiesDiscussed"));
            assertEquals(2, log.getJsonArray("supervisees").size());
            assertEquals("Case review", log.getJsonArray("themes").getString(0));
            assertEquals(today.toString(), log.getString("date"));
        }
        // Both are now up to date, so the "due" list the page opens with no longer holds them.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("due:table")));
        String table = browser.findElement(By.id("due:table")).getText();
        assertTrue(!table.contains(firstName) && !table.contains(secondName), table);
    }

    @Test
    void authorEditsWithinSevenDays_thenAddsACorrectionOnceLocked() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(today.minusYears(1));
        long trainerId = world.personId(trainer);
        long person = world.learnerAtNorfolkSchool();
        world.signOff(person, world.practitionerCompetency(), today.minusDays(90), trainerId);
        var posted = api.post("/api/v1/supervision-logs", "{\"date\":\"" + today.minusDays(1) + "\",\"supervisorId\":"
                + trainerId + ",\"supervisees\":[" + person + "],\"format\":\"INDIVIDUAL\",\"mode\":\"PHONE\","
                + "\"minutes\":30,\"familiesDiscussed\":1,\"themes\":[],\"safeguardingConcern\":false}", trainer);
        assertEquals(201, posted.status(), posted.body());
        long id = posted.json().getJsonNumber("id").longValue();

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/supervision/history.xhtml?person=" + person).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("edit-link"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Edit a supervision log"));
        WebElement minutes = browser.findElement(By.id("log:minutes"));
        minutes.clear();
        minutes.sendKeys("45");
        browser.findElement(By.id("log:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Saved your changes to the log."));
        assertEquals(45, api.get("/api/v1/supervision-logs/" + id, trainer).json().getInt("minutes"));

        try (java.sql.Connection db = uk.org.cascade.it.TestDatabase.connect();
             java.sql.PreparedStatement backdate = db.prepareStatement(
                     "UPDATE supervision_log SET recorded_at = recorded_at - INTERVAL 8 DAY WHERE id = ?")) {
            backdate.setLong(1, id);
            assertEquals(1, backdate.executeUpdate());
        }
        browser.get(api.uri("/supervision/history.xhtml?person=" + person).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Locked"));
        assertTrue(browser.findElements(By.className("edit-link")).isEmpty(), "no edit once locked");
        browser.findElement(By.id("note:text")).sendKeys("It was a video call, not a phone call.");
        browser.findElement(By.id("note:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Added the correction."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "It was a video call"));
        JsonObject log = api.get("/api/v1/supervision-logs/" + id, trainer).json();
        assertEquals("PHONE", log.getString("mode"), "the locked log itself is unchanged");
        assertEquals("It was a video call, not a phone call.", log.getJsonArray("notes").getJsonObject(0).getString("text"));
    }

    private void tick(String group, String labelStart) {
        browser.findElement(By.xpath("//table[@id='" + group + "']//label[starts-with(normalize-space(.),'" + labelStart
                + "')]")).click();
    }
}

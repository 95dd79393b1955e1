package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorld.Someone;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/** A coordinator plans a cohort for their area, adds a session, opens it and enrols a member of staff. */
class PlanAndEnrolJourneyIT extends DeployedCascade {

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void coordinatorPlansOpensAndEnrols() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        Caller coordinator = world.user("COORDINATOR");
        Someone staff = world.learner(CohortWorld.OTHER_NORFOLK_SCHOOL);
        String title = "Journey " + world.programme;
        String trainerName = api.get("/api/v1/me", trainer).json().getString("name");

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        browser.get(api.uri("/cohort/plan.xhtml").toString());
        new Select(browser.findElement(By.id("plan:programme"))).selectByValue(world.programme);
        browser.findElement(By.id("plan:title")).sendKeys(title);
        browser.findElement(By.id("plan:trainers")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plan\\:trainers_panel input[type=text]")))
                .sendKeys(trainerName);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[.//label[contains(text(),'" + trainerName + "')]]"))).click();
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("plan:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Cohort planned as a draft"));
        String start = LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.findElement(By.id("newSession:start_input")).sendKeys(start + " 09:30", Keys.TAB);
        browser.findElement(By.id("newSession:end_input")).sendKeys(start + " 12:30", Keys.TAB);
        browser.findElement(By.id("newSession:location")).sendKeys("Norwich Library, room 2");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newSession:add"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Session added."));
        browser.findElement(By.id("cohort:open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Open for enrolment"));

        browser.findElement(By.id("enrol:search")).sendKeys(staff.email());
        browser.findElement(By.id("enrol:find")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:enrolButton"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster:people"), "Enrolled"));
        JsonObject cohort = api.get("/api/v1/cohorts?mine=false&size=500", coordinator).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("title").equals(title)).findFirst().orElseThrow();
        assertEquals("OPEN", cohort.getString("status"));
        assertEquals(1, cohort.getInt("enrolled"));
        assertEquals(1, cohort.getJsonArray("sessions").size());
    }
}

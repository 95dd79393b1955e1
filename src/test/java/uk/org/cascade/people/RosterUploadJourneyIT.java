package uk.org.cascade.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/** A coordinator previews a roster line by line, applies it, and finds the joiner among their people. */
class RosterUploadJourneyIT extends DeployedCascade {

    WebDriver browser;
    WebDriverWait wait;
    Caller norfolk;

    @BeforeEach
    void coordinatorSignedIn() throws Exception {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
        String email = "roster." + UUID.randomUUID() + "@la.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Ro Ster\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]}}",
                Caller.ADMIN).status());
        norfolk = new Caller(email, "a long enough password");
        browser = Browser.start();
        wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), email, "a long enough password");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void previewThenApply_recordsTheJoiner() throws Exception {
        String joiner = "new.ta." + UUID.randomUUID() + "@school.test";
        Path roster = Files.createTempDirectory("roster").resolve("roster.csv");
        Files.writeString(roster, "email,name,school_urn,job_title,start_date,end_date\n"
                + joiner + ",Noor Ahmed,990102,Teaching assistant,01/09/2025,\n", StandardCharsets.UTF_8);

        browser.findElement(By.linkText("Import roster")).click();
        browser.findElement(By.id("upload:file")).sendKeys(roster.toAbsolutePath().toString());
        browser.findElement(By.id("upload:preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));

        assertTrue(browser.findElement(By.id("counts")).getText().contains("add 1 people, record 1 joiners"));
        assertTrue(browser.findElement(By.id("changes")).getText().contains("New person, joins on 2025-09-01"));
        assertEquals(0, api.get("/api/v1/people?q=" + joiner, norfolk).json().getInt("total"), "a preview changes nothing");

        browser.findElement(By.id("apply:applyButton")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "1 joiners"));
        assertEquals(1, api.get("/api/v1/people?q=" + joiner, norfolk).json().getInt("total"));
    }
}

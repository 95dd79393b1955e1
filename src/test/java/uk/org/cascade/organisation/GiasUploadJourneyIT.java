package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** An administrator uploads a GIAS file, reads the preview, applies it; a bad file shows every bad line. */
class GiasUploadJourneyIT extends DeployedCascade {

    private static final String HEADER = "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentName\","
            + "\"TypeOfEstablishment (name)\",\"EstablishmentStatus (name)\",\"CloseDate\",\"PhaseOfEducation (name)\","
            + "\"Postcode\",\"GOR (name)\",\"UrbanRural (name)\",\"Easting\",\"Northing\",\"LSOA (code)\"";

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void signIn() throws Exception {
        browser = Browser.start();
        wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void preview_thenApply_createsTheSchools() throws Exception {
        int urn = 300000 + ThreadLocalRandom.current().nextInt(10000) * 10;
        Path file = file("journey.csv", row(urn, "Holy Trinity’s Primary", "Open", ""), row(urn + 1, "Hill Top Infants", "Open", ""));

        browser.findElement(By.linkText("Import schools")).click();
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:preview")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
        assertTrue(browser.findElement(By.id("counts")).getText().startsWith("This file would create 2 schools"));
        assertTrue(browser.findElement(By.id("changes")).getText().contains("Holy Trinity’s Primary"));
        assertEquals(404, api.get("/api/v1/schools/" + urn, Caller.ADMIN).status(), "a preview changes nothing");

        browser.findElement(By.id("apply:applyButton")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "2 schools created"));
        assertEquals("Holy Trinity’s Primary", api.get("/api/v1/schools/" + urn, Caller.ADMIN).json().getString("name"));
    }

    @Test
    void aBadFile_listsEveryBadLine_andOffersNoApply() throws Exception {
        Path file = file("bad.csv", row(12, "", "Open", ""), row(13, "Late Primary", "Closed", "32-01-2024"));

        browser.findElement(By.linkText("Import schools")).click();
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:preview")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rejectedSummary")));
        String problems = browser.findElement(By.id("rejected")).getText();
        assertTrue(problems.contains("EstablishmentName is empty"), problems);
        assertTrue(problems.contains("'32-01-2024' is not a date"), problems);
        assertTrue(browser.findElements(By.id("apply:applyButton")).isEmpty());
    }

    private static String row(int urn, String name, String status, String closeDate) {
        return String.join(",", q(String.valueOf(urn)), q("935"), q("Suffolk"), q(name), q("Community school"),
                q(status), q(closeDate), q("Primary"), q("IP1 1AA"), q("East of England"),
                q("(England/Wales) Rural village"), q("616000"), q("244000"), q("E01029869"));
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }

    private static Path file(String name, String... rows) throws Exception {
        Path file = Files.createTempDirectory("gias-journey").resolve(name);
        Files.write(file, (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(Charset.forName("windows-1252")));
        return file;
    }
}

package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A Norfolk coordinator finds a school by name, gets an export of exactly that list, and cannot open London's. */
class SchoolsPageJourneyIT extends DeployedCascade {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void sampleCoordinatorAndBrowser() throws Exception {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
        String email = "page." + UUID.randomUUID() + "@la.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Nora Folk\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]}}",
                Caller.ADMIN).status());

        browser = Browser.start();
        wait = Browser.await(browser);
        // Ajax updates replace the table while it is being read: look again rather than fail.
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), email, "a long enough password");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsASchoolByName_exportsThatList_andCannotOpenAnotherAuthoritysSchool() {
        browser.findElement(By.linkText("Schools")).click();
        String all = wait.until(d -> {
            String text = d.findElement(By.id("schools:table")).getText();
            return text.contains("Norfolk") ? text : null;
        });
        assertFalse(all.contains("Aldgate"), "London is out of scope");

        browser.findElement(By.id("schools:q")).sendKeys("Mary");
        browser.findElement(By.id("schools:apply")).click();
        String table = wait.until(d -> {
            String text = d.findElement(By.id("schools:table")).getText();
            return text.contains("Willowmere Junior School") ? null : text;
        });

        assertTrue(table.contains("St Mary’s Church of England VA Primary School"), table);
        wait.until(ExpectedConditions.attributeContains(By.id("schools:csv"), "href", "q=Mary"));
        assertTrue(browser.findElement(By.id("schools:csv")).getAttribute("href").endsWith("/api/v1/schools/export?format=csv&q=Mary"));

        browser.findElement(By.linkText("St Mary’s Church of England VA Primary School")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "St Mary’s Church of England VA Primary School"));

        browser.get(api.uri("/organisation/school.xhtml?urn=100000").toString());
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
    }
}

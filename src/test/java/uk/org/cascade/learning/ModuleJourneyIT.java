package uk.org.cascade.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.SmallScreen;

/**
 * A learner reads a self-paced module and passes its check with the keyboard only (Enter on links and buttons,
 * Space on radio buttons and checkboxes, never a click), and their trainer's roster shows the module passed.
 */
class ModuleJourneyIT extends DeployedCascade {

    WebDriver browser;
    WebDriverWait wait;
    CohortWorldAccess world;
    Caller trainer;
    Caller learner;
    long cohort;
    long module;

    @BeforeEach
    void learnerWithAModuleToRead() throws Exception {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        cohort = world.cohort(trainer, world.personId(trainer));
        module = world.selfPacedModule();
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"What anxiety is\",\"html\":"
                + "\"<p>Anxiety is the body's alarm system.</p>\"},{\"title\":\"What keeps it going\",\"html\":"
                + "\"<p>Avoidance keeps anxiety going.</p>\"}]," + ModulesIT.CHECK + "}", Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN).status());
        learner = world.learnerLoginAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, world.personId(learner)).status());
        browser = Browser.start();
        wait = Browser.await(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void press(By by, CharSequence key) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        element.sendKeys(key);
    }

    /** Waits for {@code text} in the element, and on timeout says what the page showed instead. */
    private void await(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' never appeared in " + by + "; the page showed: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The radio button or checkbox labelled {@code label}, chosen with the space bar. */
    private void choose(String label) {
        WebElement forLabel = browser.findElement(By.xpath("//form[@id='quiz']//label[normalize-space(.)='" + label + "']"));
        WebElement input = browser.findElement(By.id(forLabel.getDomAttribute("for")));
        input.sendKeys(Keys.SPACE);
        assertTrue(input.isSelected(), label + " is chosen");
    }

    @Test
    void learner_completesAModuleWithItsCheck_usingOnlyTheKeyboard_andTheRosterShowsItPassed() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        press(By.linkText("My learning"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Not started"));

        press(By.cssSelector("a[aria-label='Start: Reading']"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-count"), "Page 1 of 2"));
        assertTrue(browser.findElement(By.id("reading")).getText().contains("Anxiety is the body's alarm system."));
        press(By.id("larger"), Keys.ENTER);
        press(By.linkText("Next page"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-count"), "Page 2 of 2"));
        press(By.linkText("Take the knowledge check"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-heading"), "Knowledge check"));

        // First go: a wrong answer, to see the author's feedback.
        choose("Yes");
        choose("Tummy aches");
        press(By.id("quiz:submit"), Keys.ENTER);
        await(By.id("result"), "Not passed yet");
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("It brings relief now but keeps the fear going."), result);

        press(By.id("after:again"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz:submit")));
        choose("No");
        choose("Tummy aches");
        choose("Avoiding the hall");
        press(By.id("quiz:submit"), Keys.ENTER);
        await(By.id("result"), "You passed");
        assertTrue(browser.findElement(By.id("completed")).getText().contains("This module is complete."));

        press(By.id("after:toLearning"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Passed"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("1 of 3 modules done"),
                browser.findElement(By.id("main")).getText());

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "Reading: Passed"));
        String roster = browser.findElement(By.id("roster")).getText();
        assertTrue(roster.contains("1 of 3 modules"), roster);
        assertTrue(roster.contains("How this cohort answers each question"), roster);
    }

    @Test
    void authorPage_namesTheEditorAndItsStylePicker_andPassesAxeWithThePickerOpen() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), Caller.ADMIN.email(), Caller.ADMIN.password());
        browser.get(api.uri("/learning/author.xhtml?module=" + module).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Pages and check: Reading"));
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='author:pages:0:html'] .ql-editor[aria-labelledby]")));
        assertEquals("Text of page 1", text.getAccessibleName(), "the editor is named by its label");
        WebElement style = browser.findElement(By.cssSelector("[id='author:pages:0:html'] .ql-picker-label"));
        assertEquals("Text style", style.getAccessibleName(), "the toolbar's style picker says what it is");
        assertEquals(List.of(), SmallScreen.axe(browser), "the author page as it opens");
        style.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='author:pages:0:html'] .ql-picker.ql-expanded .ql-picker-options")));
        assertEquals(List.of(), SmallScreen.axe(browser), "the author page with the style picker open");
    }

    @Test
    void author_editsThePagesInTheEditor_addsAPictureWithItsDescription_andPublishes() throws Exception {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), Caller.ADMIN.email(), Caller.ADMIN.password());
        browser.get(api.uri("/learning/author.xhtml?module=" + module).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Pages and check: Reading"));
        assertEquals("What anxiety is", browser.findElement(By.id("author:pages:0:title")).getDomProperty("value"));
        assertTrue(browser.findElement(By.id("author:pages:0:html")).getText().contains("Anxiety is the body's alarm system."),
                "the editor shows the page's text");
        WebElement title = browser.findElement(By.id("author:pages:1:title"));
        title.clear();
        title.sendKeys("What keeps anxiety going");
        press(By.id("author:save"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The draft is saved."));
        Answer draft = api.get("/api/v1/modules/" + module + "/pages?draft=true", Caller.ADMIN);
        assertEquals("What keeps anxiety going", draft.json().getJsonArray("pages").getJsonObject(1).getString("title"));
        assertTrue(draft.json().getJsonArray("pages").getJsonObject(0).getString("html").contains("alarm system"),
                "the editor's text came back through the sanitiser: " + draft.body());
        assertEquals(2, draft.json().getInt("version"), "the draft is the next version; learners keep reading version 1");

        // A picture: uploaded with its description, shown in the page, and published.
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.nio.file.Path png = java.nio.file.Files.createTempFile("ladder-", ".png");
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload:page"))).selectByVisibleText("1");
        browser.findElement(By.id("upload:file")).sendKeys(png.toString());
        browser.findElement(By.id("upload:alt")).sendKeys("A fear ladder with five steps");
        press(By.id("upload:send"), Keys.ENTER);
        await(By.id("main"), "The file is attached to page 1 and shown below its text.");
        press(By.id("author:publish"), Keys.ENTER);
        await(By.id("main"), "Version 1 is published.");
        Answer published = api.get("/api/v1/modules/" + module + "/pages", Caller.ADMIN);
        assertEquals(1, published.json().getInt("version"), "nobody had started version 1, so the draft replaced it");
        JsonObject picture = published.json().getJsonArray("pages").getJsonObject(0).getJsonArray("resources").getJsonObject(0);
        assertEquals("A fear ladder with five steps", picture.getString("altText"));
        assertTrue(published.json().getJsonArray("pages").getJsonObject(0).getString("html").contains("alarm system"));

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        browser.get(api.uri("/learning/module.xhtml?module=" + module + "&page=1").toString());
        await(By.id("page-count"), "Page 1 of 2");
        WebElement img = browser.findElement(By.cssSelector("#reading figure.picture img"));
        assertEquals("A fear ladder with five steps", img.getDomAttribute("alt"));
        assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].naturalWidth;", img)).intValue() > 0, "the picture loads");
    }
}

package uk.org.cascade.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/**
 * A Norfolk coordinator's everyday staff changes in the browser: adding a person from a school page, a leaver and a
 * mover from the person page, a joiner and a leaver from the school page, and the period of "Joiners and leavers".
 * Each change is checked where a coordinator would look, and in the audit trail.
 */
class CoordinatorTasksJourneyIT extends DeployedCascade {

    private static final int BROOKFIELD = 990101;
    private static final int FAIRFIELD = 990103;
    private static final int WILLOWMERE = 990104;
    private static final String PASSWORD = "a long enough password";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    ChromeDriver browser;
    WebDriverWait wait;
    Caller norfolk;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void norfolkCoordinatorSignedIn() throws Exception {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
        norfolk = coordinator(926);
        browser = Browser.start();
        // A desktop Chromium window is at least 500 px wide: a phone's 390 px is emulated, as the dashboard's test does.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), norfolk.email(), PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void addsAPersonFromASchoolPage_thenRecordsTheirLeaving_refusingALastDayBeforeTheirFirst() {
        String email = "new.ta." + UUID.randomUUID() + "@school.test";
        browser.get(api.uri("/organisation/school.xhtml?urn=" + FAIRFIELD).toString());
        browser.findElement(By.linkText("Add a person to this school")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Add a person"));
        assertTrue(browser.findElement(By.id("add:school_input")).getAttribute("value").endsWith("(URN " + FAIRFIELD + ")"),
                "the school is filled in");

        browser.findElement(By.id("add:name")).sendKeys("Noor Ahmed");
        browser.findElement(By.id("add:email")).sendKeys(email);
        browser.findElement(By.id("add:jobTitle")).sendKeys("Teaching assistant");
        browser.findElement(By.id("add:start_input")).sendKeys("01/09/2025");
        browser.findElement(By.id("add:save")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Noor Ahmed"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Noor Ahmed was added."));
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Fairfield Infant and Nursery School") && timeline.contains("1 September 2025")
                && timeline.contains("now"), timeline);
        assertNoHorizontalScroll();
        long id = personId(email);
        assertEquals("CREATED", latestAudit("Person", id));
        long job = api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments").getJsonObject(0).getInt("id");

        browser.findElement(By.id("leave:endDate_input")).sendKeys("01/08/2025");
        browser.findElement(By.id("leave:save")).click();
        String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#leave .ui-message-error")))
                .getText();
        assertTrue(refusal.contains("End date 1 August 2025 is before start date 1 September 2025."), refusal);

        LocalDate lastDay = today.minusDays(3);
        type("leave:endDate_input", lastDay.format(TYPED));
        browser.findElement(By.id("leave:reason")).sendKeys("moved away");
        browser.findElement(By.id("leave:save")).click();

        awaitMessage(
                "Noor Ahmed's last day at Fairfield Infant and Nursery School, Eastwood is " + lastDay.format(SHOWN));
        String ended = browser.findElement(By.id("timeline")).getText();
        assertTrue(ended.contains(lastDay.format(SHOWN)) && ended.contains("moved away"), ended);
        assertEquals(0, api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments").size(),
                "a leaver has no current job");
        assertEquals("ENDED", latestAudit("Employment", job));
    }

    @Test
    void aMoveOnADate_changesTheSchoolFromTheNextDay() {
        Staff pat = personAt(BROOKFIELD);
        long id = pat.id();
        LocalDate lastDay = today.minusDays(5);
        browser.get(api.uri("/people/person.xhtml?id=" + id).toString());

        browser.findElement(By.id("move:endDate_input")).sendKeys(lastDay.format(TYPED));
        choose("move:school", "Fairfield");
        assertEquals("Pastoral lead", browser.findElement(By.id("move:jobTitle")).getAttribute("value"), "the job title is kept");
        browser.findElement(By.id("move:save")).click();

        awaitMessage("moves from Brookfield Primary School");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains(lastDay.format(SHOWN)), "Brookfield until the last day: " + timeline);
        assertTrue(timeline.contains(lastDay.plusDays(1).format(SHOWN)), "Fairfield from the next day: " + timeline);
        JsonObject now = api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments").getJsonObject(0);
        assertEquals(FAIRFIELD, now.getInt("schoolUrn"));
        assertEquals(lastDay.plusDays(1).toString(), now.getString("startDate"));
        assertEquals("STARTED", latestAudit("Employment", now.getInt("id")));
        assertNothingRefusedByThePolicy();

        browser.get(api.uri("/organisation/school.xhtml?urn=" + FAIRFIELD).toString());
        assertTrue(browser.findElement(By.id("staffList:members")).getText().contains(pat.name()));
        browser.get(api.uri("/organisation/school.xhtml?urn=" + BROOKFIELD).toString());
        assertFalse(browser.findElement(By.id("staffList:members")).getText().contains(pat.name()),
                "no longer on Brookfield's staff");
    }

    @Test
    void theSchoolPage_recordsAJoinerWhoIsKnown_andALeaverFromTheirRow() {
        Staff pat = personAt(BROOKFIELD);
        long id = pat.id();
        browser.get(api.uri("/organisation/school.xhtml?urn=" + WILLOWMERE).toString());

        choose("joiner:person", pat.email());
        browser.findElement(By.id("joiner:jobTitle")).sendKeys("Learning mentor");
        browser.findElement(By.id("joiner:startDate_input")).sendKeys(today.minusDays(20).format(TYPED));
        browser.findElement(By.id("joiner:save")).click();

        awaitMessage(pat.name() + " joins on");
        String staff = browser.findElement(By.id("staffList:members")).getText();
        assertTrue(staff.contains(pat.name()) && staff.contains("Learning mentor"), staff);
        assertEquals(2, api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments").size(), "two schools now");
        assertNoHorizontalScroll();

        WebElement row = browser.findElements(By.cssSelector("#staffList\\:members tbody tr")).stream()
                .filter(r -> r.getText().contains(pat.name())).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        wait.until(d -> new Select(d.findElement(By.id("leaver:member"))).getFirstSelectedOption().getText()
                .startsWith(pat.name()));
        browser.findElement(By.id("leaver:endDate_input")).sendKeys(today.minusDays(1).format(TYPED));
        browser.findElement(By.id("leaver:save")).click();

        awaitMessage(pat.name()
                + "'s last day here is " + today.minusDays(1).format(SHOWN));
        assertFalse(browser.findElement(By.id("staffList:members")).getText().contains(pat.name()));
        var jobs = api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments");
        assertEquals(1, jobs.size());
        assertEquals(BROOKFIELD, jobs.getJsonObject(0).getInt("schoolUrn"), "only the Willowmere job ended");
        assertNothingRefusedByThePolicy();
    }

    @Test
    void joinersAndLeavers_showsTheChosenPeriod() {
        long id = personAt(FAIRFIELD).id();
        long job = api.get("/api/v1/people/" + id, norfolk).json().getJsonArray("employments").getJsonObject(0).getInt("id");
        assertEquals(200, api.post("/api/v1/people/" + id + "/employments/" + job + "/end",
                "{\"endDate\":\"" + today.minusDays(100) + "\"}", norfolk).status());

        browser.findElement(By.linkText("Joiners and leavers")).click();
        String standard = browser.findElement(By.id("summary")).getText();
        assertTrue(standard.contains("(the last 90 days)"), standard);
        int leaversIn90 = leaversAtFairfield();

        new Select(browser.findElement(By.id("period:choice"))).selectByVisibleText("Last 180 days");
        browser.findElement(By.id("period:apply")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "(the last 180 days)"));
        assertTrue(browser.getCurrentUrl().endsWith("days=180"), browser.getCurrentUrl());
        assertEquals(leaversIn90 + 1, leaversAtFairfield(), "the leaver of 100 days ago counts in 180 days, not in 90");
        assertNoHorizontalScroll();

        new Select(browser.findElement(By.id("period:choice"))).selectByVisibleText("Between two dates");
        type("period:from_input", today.format(TYPED));
        type("period:to_input", today.minusDays(1).format(TYPED));
        browser.findElement(By.id("period:apply")).click();

        String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#period .ui-message-error")))
                .getText();
        assertTrue(refusal.contains("is before from"), refusal);
    }

    @Test
    void aCoordinatorOfAnotherArea_findsNoPersonPage_andCannotAddSomeoneToANorfolkSchool() throws Exception {
        long id = personAt(BROOKFIELD).id();
        Caller london = coordinator(201);

        PageSession.Page page = PageSession.signIn(api, london).get("/people/person.xhtml?id=" + id);
        assertEquals(404, page.status());
        assertFalse(page.html().contains("Record a change"));

        browser.quit();
        browser = null;
        try {
            browser = Browser.start("--window-size=1366,768");
            wait = Browser.await(browser);
            Browser.signIn(browser, wait, api.uri("/login.xhtml"), london.email(), PASSWORD);
            String email = "outsider." + UUID.randomUUID() + "@school.test";
            browser.get(api.uri("/people/add.xhtml?school=" + BROOKFIELD).toString());
            assertEquals("", browser.findElement(By.id("add:school_input")).getAttribute("value"),
                    "a school outside their area is not filled in");
            browser.findElement(By.id("add:name")).sendKeys("Out Sider");
            browser.findElement(By.id("add:email")).sendKeys(email);
            WebElement school = browser.findElement(By.id("add:school_input"));
            school.sendKeys(Integer.toString(BROOKFIELD));
            // The picker offers none of the coordinator's schools; they close it and send the URN as typed.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "No school of yours matches"));
            school.sendKeys(Keys.ESCAPE);
            browser.findElement(By.id("add:jobTitle")).sendKeys("Teaching assistant");
            browser.findElement(By.id("add:start_input")).sendKeys("01/09/2025", Keys.ESCAPE);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("add:save"))).click();

            // A refusal is in the error summary at the top of the page, not among the confirmations.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "outside your scope"));
            assertEquals(0, api.get("/api/v1/people?q=" + email, Caller.ADMIN).json().getInt("total"), "nobody was added");
        } finally {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theStaffPages_passAxe_onAPhone() {
        long id = personAt(FAIRFIELD).id();
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String page : java.util.List.of("/people/people.xhtml", "/people/add.xhtml?school=" + FAIRFIELD,
                "/people/person.xhtml?id=" + id, "/organisation/school.xhtml?urn=" + FAIRFIELD, "/people/turnover.xhtml")) {
            browser.get(api.uri(page).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            new com.deque.html.axecore.selenium.AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser).getViolations().forEach(v -> problems.add(page + ": " + v.getId() + " " + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).toList()));
            assertNoHorizontalScroll();
        }
        assertEquals(java.util.List.of(), problems);
    }

    /** Replaces what a field holds, as a person selecting it all and typing would. */
    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Waits for a message at the top of the page; on a timeout, says what the page showed instead. */
    private void awaitMessage(String text) {
        try {
            Browser.await(browser).withTimeout(java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for \"" + text + "\"; the page showed: " + browser.findElement(By.id("main")).getText(), e);
        }
    }

    /** Types into an autocomplete and picks the first suggestion. */
    private void choose(String id, String text) {
        browser.findElement(By.id(id + "_input")).sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item")))
                .click();
        wait.until(d -> !d.findElement(By.id(id + "_panel")).isDisplayed());
    }

    private int leaversAtFairfield() {
        return browser.findElements(By.cssSelector("#turnover tbody tr")).stream()
                .filter(r -> r.getText().contains("Fairfield Infant and Nursery School"))
                .mapToInt(r -> Integer.parseInt(r.findElements(By.cssSelector("td")).get(3).getText()
                        .replaceAll("\\D", ""))).sum();
    }

    /** The pickers and forms work under the Content-Security-Policy: the console reports nothing it refused. */
    private void assertNothingRefusedByThePolicy() {
        var refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getMessage()).filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertEquals(java.util.List.of(), refused);
    }

    private void assertNoHorizontalScroll() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling");
    }

    private String latestAudit(String type, long id) {
        return api.get("/api/v1/audit?entityType=" + type + "&entityId=" + id, Caller.ADMIN).json().getJsonArray("items")
                .getJsonObject(0).getString("action");
    }

    private long personId(String email) {
        return api.get("/api/v1/people?q=" + email, Caller.ADMIN).json().getJsonArray("items").getJsonObject(0).getInt("id");
    }

    /** Someone recorded through the API at a school from 1 September 2025. */
    record Staff(long id, String name, String email) {
    }

    /** A name of their own, so that tables shared with other tests' people can be read for this one. */
    private Staff personAt(int urn) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "staff." + tag + "@school.test";
        String name = "Pat Person " + tag;
        Answer created = api.post("/api/v1/people", "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"employment\":"
                + "{\"schoolUrn\":" + urn + ",\"jobTitle\":\"Pastoral lead\",\"startDate\":\"2025-09-01\"}}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return new Staff(created.json().getInt("id"), name, email);
    }

    private Caller coordinator(int la) {
        String email = "tasks." + UUID.randomUUID() + "@la.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Coordinator " + la
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[" + la
                + "]}}", Caller.ADMIN).status());
        return new Caller(email, PASSWORD);
    }
}

package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.TestMail;

/**
 * Password reset by email, through real SMTP: the link, its single use and 30-minute life, the same answer for an
 * email nobody uses, the per-email throttle, the weak-password refusal, an administrator's forced reset, the
 * audit trail, and the journey in a browser.
 */
class PasswordResetIT extends DeployedCascade {

    private static final String SUBJECT = "Choose a new password";
    private static final String PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "three unrelated garden words";
    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    @Test
    void aRequestedLink_setsANewPassword_once_andForgetsFailedSignIns() throws Exception {
        Caller user = user("LEARNER");
        assertEquals(401, api.get("/api/v1/me", new Caller(user.email(), "a wrong password entirely")).status());

        Answer asked = requestReset(user.email().toUpperCase(Locale.ROOT));

        assertEquals(202, asked.status(), asked.body());
        Matcher link = link(TestMail.await(user.email(), SUBJECT));
        assertEquals(api.uri("/").getPort(), java.net.URI.create(link.group(1)).getPort(),
                "a link to Cascade itself: " + link.group(1));
        String token = link.group(2);
        assertTrue(token.length() >= 43, "at least 256 bits: " + token.length() + " characters");
        assertEquals(sha256(token), text("SELECT token_hash FROM password_reset WHERE token_hash = ?", sha256(token)),
                "only the token's hash is stored");
        assertEquals(200, api.get("/api/v1/me", user).status(), "asking alone changes nothing");

        Answer chosen = confirm(token, NEW_PASSWORD);

        assertEquals(204, chosen.status(), chosen.body());
        assertEquals(401, api.get("/api/v1/me", user).status(), "the old password no longer works");
        assertEquals(200, api.get("/api/v1/me", new Caller(user.email(), NEW_PASSWORD)).status());
        assertEquals("0", text("SELECT failures FROM login_throttle WHERE email_hash = ?", sha256(user.email())));
        Answer again = confirm(token, "yet another long password");
        assertEquals(422, again.status());
        assertEquals("token", field(again));
        assertTrue(again.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("no longer works"));
        assertEquals(200, api.get("/api/v1/me", new Caller(user.email(), NEW_PASSWORD)).status());
        assertEquals(List.of("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED"), auditActions(user));
        assertFalse(text("SELECT GROUP_CONCAT(COALESCE(after_json, '')) FROM audit_event WHERE entity_id = ? "
                + "AND entity_type = 'UserAccount'", id(user)).contains(token), "no token in the audit trail");
    }

    @Test
    void anEmailNobodyUses_getsTheSameAnswer_andNoMail() throws Exception {
        String nobody = "nobody." + UUID.randomUUID() + "@school.test";
        Caller user = user("LEARNER");

        Answer unknown = requestReset(nobody);
        Answer known = requestReset(user.email());

        assertEquals(202, unknown.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());
        assertEquals(known.contentType(), unknown.contentType());
        // The known email's letter was asked for after the unknown one's would have been.
        TestMail.await(user.email(), SUBJECT);
        assertEquals(0, mailsTo(nobody));
    }

    @Test
    void theFourthRequestWithinTheHour_getsTheSameAnswer_andNoMail() {
        Caller user = user("LEARNER");
        Caller marker = user("LEARNER");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // The throttle counts the email however it is written.
            statuses.add(requestReset(i == 3 ? user.email().toUpperCase(Locale.ROOT) : user.email()).status());
        }

        assertEquals(List.of(202, 202, 202, 202), statuses);
        assertEquals(3, TestMail.awaitAll(user.email(), SUBJECT, 3).size());
        requestReset(marker.email());
        TestMail.await(marker.email(), SUBJECT);
        assertEquals(3, mailsTo(user.email()), "no fourth mail");
    }

    @Test
    void anExpiredLink_anUnknownToken_aWeakPassword_andABadEmail_are422_andNotJsonIs400() throws Exception {
        Caller user = user("LEARNER");
        requestReset(user.email());
        String token = link(TestMail.await(user.email(), SUBJECT)).group(2);

        Answer weak = confirm(token, "short");
        Answer unknown = confirm("not-a-token-anyone-was-sent", NEW_PASSWORD);
        Answer noEmail = api.post("/api/v1/password-resets", "{\"email\":\"not an email\"}", Caller.NOBODY);
        Answer notJson = api.post("/api/v1/password-resets", "{\"email\":", Caller.NOBODY);
        expire(token);
        Answer expired = confirm(token, NEW_PASSWORD);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                api.uri("/reset-password.xhtml?token=" + token)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(422, weak.status(), weak.body());
        assertEquals("password", field(weak));
        assertTrue(weak.body().contains("at least 12 characters"));
        assertEquals(422, unknown.status());
        assertEquals("token", field(unknown));
        assertEquals(422, noEmail.status());
        assertEquals("email", field(noEmail));
        // As everywhere in the API: a body that is not JSON is a 400 problem, never a 500.
        assertEquals(400, notJson.status(), notJson.body());
        assertTrue(notJson.contentType().startsWith("application/problem+json"));
        assertEquals(422, expired.status());
        assertEquals("token", field(expired));
        assertEquals(200, api.get("/api/v1/me", user).status(), "the old password still works");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This link no longer works"));
        assertTrue(page.body().contains("Ask for a new link"));
    }

    @Test
    void anAdministratorsForcedReset_stopsThePasswordAndSessionsAtOnce_andMailsALink() throws Exception {
        Caller user = user("TRAINER");
        PageSession session = PageSession.signIn(api, user);
        assertEquals(200, session.getJson("/api/v1/me").status());

        Answer byTrainer = api.post("/api/v1/users/" + id(user) + "/password-reset", "", user);
        Answer forced = api.post("/api/v1/users/" + id(user) + "/password-reset", "", Caller.ADMIN);

        assertEquals(403, byTrainer.status());
        assertEquals(202, forced.status(), forced.body());
        assertEquals(401, api.get("/api/v1/me", user).status(), "the old password stops at once");
        assertEquals(401, session.getJson("/api/v1/me").status(), "the session signed in before has ended");
        MimeMessage letter = TestMail.await(user.email(), SUBJECT);
        assertTrue(TestMail.text(letter).contains("An administrator has asked you"));
        assertEquals(204, confirm(link(letter).group(2), NEW_PASSWORD).status());
        assertEquals(200, api.get("/api/v1/me", new Caller(user.email(), NEW_PASSWORD)).status());
        assertEquals(List.of("PASSWORD_RESET_FORCED", "PASSWORD_RESET_COMPLETED"), auditActions(user));
        assertEquals(TestDatabase.ADMIN_EMAIL, text("SELECT actor FROM audit_event WHERE entity_type = 'UserAccount' "
                + "AND entity_id = ? AND action = 'PASSWORD_RESET_FORCED'", id(user)));
        assertEquals(404, api.post("/api/v1/users/987654321/password-reset", "", Caller.ADMIN).status());
    }

    @Test
    void journey_forgotten_mail_link_newPassword_signIn() {
        Caller user = user("LEARNER");
        WebDriver browser = null;
        try {
            browser = Browser.start();
            WebDriverWait wait = Browser.await(browser);
            browser.get(api.uri("/login.xhtml").toString());
            browser.findElement(By.linkText("Forgot your password?")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Forgotten password"));
            browser.findElement(By.id("reset:email")).sendKeys(user.email());
            browser.findElement(By.id("reset:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sent"),
                    "If an account uses that email, we have sent it a link"));

            browser.get(link(TestMail.await(user.email(), SUBJECT)).group(1));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Choose a new password"));
            browser.findElement(By.id("choose:password")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("choose:confirmation")).sendKeys(NEW_PASSWORD + " typo");
            browser.findElement(By.id("choose:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "not the same"));
            browser.findElement(By.id("choose:password")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("choose:confirmation")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("choose:save")).click();

            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            assertTrue(browser.findElement(By.id("main")).getText().contains("Your password has been changed"));
            Browser.signIn(browser, wait, api.uri("/login.xhtml"), user.email(), NEW_PASSWORD);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No browser", e);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private Caller user(String role) {
        String email = "reset." + UUID.randomUUID() + "@school.test";
        Answer created = api.post("/api/v1/users", SecurityIT.userJson(email, role, null), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return new Caller(email, PASSWORD);
    }

    private long id(Caller user) {
        JsonObject page = api.get("/api/v1/users?q=" + user.email(), Caller.ADMIN).json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private Answer requestReset(String email) {
        return api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}", Caller.NOBODY);
    }

    private Answer confirm(String token, String password) {
        return api.post("/api/v1/password-resets/confirmation",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}", Caller.NOBODY);
    }

    private static Matcher link(MimeMessage letter) {
        Matcher m = LINK.matcher(TestMail.text(letter));
        assertTrue(m.find(), "the letter carries a reset link");
        return m;
    }

    private static String field(Answer refused) {
        return refused.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static long mailsTo(String recipient) {
        return TestMail.received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private List<String> auditActions(Caller user) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement q = c.prepareStatement("SELECT action FROM "
                + "audit_event WHERE entity_type = 'UserAccount' AND entity_id = ? AND action LIKE 'PASSWORD_RESET%' "
                + "ORDER BY id")) {
            q.setString(1, Long.toString(id(user)));
            ResultSet rs = q.executeQuery();
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        return actions;
    }

    private static void expire(String token) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement u = c.prepareStatement(
                "UPDATE password_reset SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE token_hash = ?")) {
            u.setString(1, sha256(token));
            assertEquals(1, u.executeUpdate());
        }
    }

    private static String text(String sql, Object parameter) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, String.valueOf(parameter));
            ResultSet rs = q.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

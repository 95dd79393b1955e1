package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.TestDatabase;

/** The administrator's first journey, in a real browser: sign in through the form, see home, sign out. */
class SignInJourneyIT extends BrowserJourney {

    @Test
    void admin_signsInThroughTheForm_seesTheAdminHome_andSignsOut() {
        String home = api.uri("/").toString();
        browser.get(home);

        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals("Sign in", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Sign in with single sign-on", browser.findElement(By.id("singleSignOn")).getText(),
                "the provider the suite configures (TestOidc) is offered beside the form");
        browser.findElement(By.id("login:email")).sendKeys(TestDatabase.ADMIN_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(TestDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("login:signIn")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        assertEquals("Administrator", browser.findElement(By.id("section-admin")).getText());
        assertTrue(browser.findElement(By.linkText("Users")).isDisplayed(), "the admin's navigation");
        assertTrue(browser.findElement(By.linkText("Audit trail")).isDisplayed());

        browser.findElement(By.id("session:signOut")).click();

        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("You have signed out."));
        browser.get(home);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void wrongPassword_staysOnTheFormWithAPlainMessage() {
        browser.get(api.uri("/login.xhtml").toString());
        browser.findElement(By.id("login:email")).sendKeys(TestDatabase.ADMIN_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys("certainly not the password");
        browser.findElement(By.id("login:signIn")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The email or password is not right."));
        assertEquals("Sign in", browser.findElement(By.tagName("h1")).getText());
    }
}

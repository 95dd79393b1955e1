package uk.org.cascade.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test: a fresh headless Chromium for each test, closed after it whatever happened. */
public abstract class BrowserJourney extends DeployedCascade {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = Browser.await(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}

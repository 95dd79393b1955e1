package uk.org.cascade.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver). Missing, the browser tests fail
 * loudly instead of skipping: .ci/run installs both before running the tests.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Signs in through the login form and waits for the home page. */
    /**
     * A 30-second wait that rides over a page being replaced while it reads: stale elements, and Chrome's
     * "node does not belong to the document" (a plain WebDriverException). A real failure still times out.
     */
    public static WebDriverWait await(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public static void signIn(WebDriver browser, WebDriverWait wait, URI loginPage, String email, String password) {
        browser.get(loginPage.toString());
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    public static ChromeDriver start() throws IOException {
        return start(new String[0]);
    }

    /** With more Chromium arguments; the console is kept either way, for {@code logs().get(LogType.BROWSER)}. */
    public static ChromeDriver start(String... extraArguments) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("BROWSER TESTS CANNOT RUN: " + CHROMIUM + " and " + DRIVER
                    + " are needed. Install them with: apt-get install chromium chromium-driver (.ci/run does).");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("cascade-chromium"))
                .addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}

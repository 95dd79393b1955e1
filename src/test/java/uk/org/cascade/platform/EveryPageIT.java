package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.PageCrawl;

/**
 * Every page, for every demo role, meets WCAG 2.1 AA as axe-core sees it and fits a phone and a laptop without
 * scrolling sideways, with no error answer and nothing in the console. Nobody lists the pages: the walk follows each
 * role's menu and the links below it ({@link PageCrawl}), so a new page is checked as soon as something links to it.
 * The suite's deployment loads the demo world, so the pages have what the demo shows: cohorts with rosters and
 * attendance, sign-offs, supervision logs, module pages.
 */
class EveryPageIT extends BrowserJourney {

    private static final Logger LOG = Logger.getLogger(EveryPageIT.class.getName());

    /** The demo sign-ins of the README, one per role. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "administrator, admin@cascade.example, demo-admin-cascade",
        "coordinator, coordinator@cascade.example, demo-coordinator-norfolk",
        "trainer, trainer@cascade.example, demo-trainer-cascade",
        "supervisor, supervisor@cascade.example, demo-supervisor-cascade",
        "learner, learner@cascade.example, demo-learner-cascade"})
    void everyPageOfTheRole_passesAxe_fitsBothScreens_andAnswersWithoutError(String role, String email,
            String password) {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), email, password);
        PageCrawl crawl = new PageCrawl(browser, wait, base());
        crawl.walk();
        check(role, crawl);
    }

    @Test
    void everyPageBeforeSigningIn_passesAxe_fitsBothScreens_andAnswersWithoutError() {
        PageCrawl crawl = new PageCrawl(browser, wait, base());
        crawl.walk("login.xhtml");
        check("signed out", crawl);
    }

    private void check(String role, PageCrawl crawl) {
        String table = crawl.table(role);
        LOG.info("Every page of the " + role + ": axe (WCAG 2.1 AA), widths at 1366 and 390 px, answers:" + table);
        assertTrue(crawl.pages().size() > 1, "the walk reached the role's pages:" + table);
        assertTrue(crawl.problems().isEmpty(), String.join("\n", crawl.problems()) + "\n" + table);
    }

    private URI base() {
        return api.uri("/");
    }
}

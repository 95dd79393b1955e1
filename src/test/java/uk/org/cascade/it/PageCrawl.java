package uk.org.cascade.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One role's walk through Cascade, as axe-core and a ruler see it: sign in, open every page of the role's menu and
 * every same-origin page one link further, and on each run axe (WCAG 2.1 AA), measure the page's width at a phone's
 * 390×844 and a laptop's 1366×768, and note any 4xx/5xx answer or console error. Files a page links to (CSV, PDF,
 * calendars) are fetched with the same session and must answer 2xx too.
 *
 * <p>Pages are told apart by their path and the names of their query parameters, so the twenty school links of a
 * list count as one page ({@code /organisation/school.xhtml?urn}), visited through the first of them; and a path
 * is visited with at most three sets of parameters (the dashboard with no filter, with a status, with an area …).
 */
public final class PageCrawl {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final int MOST_PAGES = 60;
    private static final int LEVELS = 3;
    /** The dashboard's filters alone make a dozen kinds of address for one page: three of them are enough. */
    private static final int KINDS_PER_PAGE = 3;
    /** A laptop and a phone; {@code -Dcascade.crawl.screens=683x384} walks other sizes (200% zoom on the laptop). */
    private static final int[][] SCREENS = java.util.Arrays.stream(System.getProperty("cascade.crawl.screens",
            "1366x768,390x844").split(",")).map(s -> s.split("x"))
            .map(s -> new int[] {Integer.parseInt(s[0].trim()), Integer.parseInt(s[1].trim())}).toArray(int[][]::new);

    /** What one page showed. */
    public record Page(String kind, String visited, int status, List<String> violations, Map<Integer, Long> widths,
                       List<String> consoleErrors) {

        public boolean overflows() {
            return widths.entrySet().stream().anyMatch(w -> w.getValue() > w.getKey());
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (status >= 400) {
                problems.add(visited + " answered " + status);
            }
            violations.forEach(v -> problems.add(visited + ": " + v));
            widths.forEach((screen, width) -> {
                if (width > screen) {
                    problems.add(visited + " is " + width + " px wide at " + screen + " px");
                }
            });
            consoleErrors.forEach(e -> problems.add(visited + " console: " + e));
            return problems;
        }
    }

    /** A file a page links to, and how it answered. */
    public record Download(String address, int status) {
    }

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final URI base;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Download> downloads = new LinkedHashMap<>();

    public PageCrawl(ChromeDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /**
     * Walks the signed-in role's menu and what lies below it, breadth first: the menu's pages, the pages they link
     * to, and one level further (the module editor is three links from home), until {@link #MOST_PAGES}.
     */
    public void walk() {
        walk("index.xhtml");
    }

    /** The same walk from {@code start} (relative to Cascade's address): for someone not signed in, the login page. */
    public void walk(String start) {
        String first = base.resolve(start).toString();
        browser.get(first);
        List<String> level = new ArrayList<>();
        level.add(first);
        level.addAll(links(By.cssSelector("nav.site-nav a[href]")));
        for (int depth = 0; depth < LEVELS && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String address : level) {
                if (visit(address)) {
                    next.addAll(links(By.cssSelector("a[href]")));
                }
            }
            level = next;
        }
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public List<Download> downloads() {
        return List.copyOf(downloads.values());
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        pages.values().forEach(p -> problems.addAll(p.problems()));
        downloads.values().stream().filter(d -> d.status() >= 400)
                .forEach(d -> problems.add(d.address() + " answered " + d.status()));
        return problems;
    }

    /** page, status, axe violations, widths: one line per page. */
    public String table(String role) {
        StringBuilder out = new StringBuilder(String.format("%n%-12s %-48s %-6s %-16s %s%n", "Role", "Page", "Status",
                "Overflow", "axe violations"));
        for (Page p : pages.values()) {
            String overflow = p.widths().entrySet().stream().filter(w -> w.getValue() > w.getKey())
                    .map(w -> w.getKey() + "→" + w.getValue()).collect(Collectors.joining(" "));
            out.append(String.format("%-12s %-48s %-6d %-16s %s%s%n", role, p.kind(), p.status(),
                    overflow.isEmpty() ? "none" : overflow, p.violations().isEmpty() ? "none"
                            : String.join("; ", p.violations()),
                    p.consoleErrors().isEmpty() ? "" : "  console: " + String.join(" | ", p.consoleErrors())));
        }
        for (Download d : downloads.values()) {
            out.append(String.format("%-12s %-48s %-6d (file)%n", role, kind(URI.create(d.address())), d.status()));
        }
        return out.toString();
    }

    private boolean visit(String address) {
        URI uri = URI.create(address);
        String kind = kind(uri);
        if (pages.containsKey(kind) || downloads.containsKey(kind) || pages.size() >= MOST_PAGES
                || kindsOf(uri.getPath()) >= KINDS_PER_PAGE) {
            return false;
        }
        if (!isPage(uri)) {
            downloads.put(kind, new Download(address, fetch(uri)));
            return false;
        }
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        int status = 0;
        List<String> violations = new ArrayList<>();
        Map<Integer, Long> widths = new LinkedHashMap<>();
        // Loaded afresh at each size, as on that screen: charts and maps size themselves when they draw.
        for (int[] screen : SCREENS) {
            screen(screen);
            browser.get(address);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            wait.until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete' && "
                    + "!document.querySelector('#coverage-map:not([data-loaded])')")));
            status = Math.max(status, ((Number) script("var n = performance.getEntriesByType('navigation')[0];"
                    + " return n && n.responseStatus ? n.responseStatus : 200;")).intValue());
            widths.put(screen[0], ((Number) script("return document.documentElement.scrollWidth")).longValue());
            new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations().stream()
                    .map(rule -> describe(rule) + " at " + screen[0] + " px").forEach(violations::add);
        }
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        pages.put(kind, new Page(kind, address, status, violations, widths, console));
        return true;
    }

    private long kindsOf(String path) {
        return pages.keySet().stream().filter(k -> k.split("\\?")[0].equals(path)).count();
    }

    /** Same-origin links of the page, without fragments, sign-out and the page itself. */
    private List<String> links(By which) {
        Set<String> found = new LinkedHashSet<>();
        for (WebElement a : browser.findElements(which)) {
            String href = a.getAttribute("href");
            if (href == null || href.isBlank()) {
                continue;
            }
            URI uri = URI.create(href.replace(" ", "%20"));
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || !sameOrigin(uri)) {
                continue;
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (path.contains("logout") || path.contains("sign-out") || path.contains("signout")) {
                continue;
            }
            found.add(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return List.copyOf(found);
    }

    private boolean sameOrigin(URI uri) {
        return base.getHost().equals(uri.getHost()) && base.getPort() == uri.getPort()
                && uri.getPath() != null && uri.getPath().startsWith(base.getPath());
    }

    private static boolean isPage(URI uri) {
        String path = uri.getPath();
        return path.endsWith(".xhtml") || path.endsWith("/");
    }

    /** The path and the names of the query's parameters: one page of its kind is enough. */
    static String kind(URI uri) {
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return uri.getPath() + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    /** Fetches a linked file with the browser's session, as clicking it would. */
    private int fetch(URI uri) {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void screen(int[] size) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " ×" + rule.getNodes().size() + " (" + rule.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A walk against a running Cascade, for working on pages: {@code PageCrawl http://localhost:8080/ email password}
     * (or only the address, for the pages of someone not signed in). Logs the table and the problems; the suite's
     * own walk is {@code EveryPageIT}.
     */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.await(browser);
            PageCrawl crawl = new PageCrawl(browser, wait, base);
            if (args.length > 2) {
                Browser.signIn(browser, wait, base.resolve("login.xhtml"), args[1], args[2]);
                crawl.walk();
            } else {
                crawl.walk("login.xhtml");
            }
            java.util.logging.Logger.getLogger(PageCrawl.class.getName()).info(crawl.table(args.length > 2 ? args[1]
                    : "signed out") + "\nProblems:\n" + String.join("\n", crawl.problems()));
        } finally {
            browser.quit();
        }
    }
}

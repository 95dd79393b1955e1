package uk.org.cascade.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A page as a phone (390×844) or a school laptop (1366×768) shows it: its width, its tables, what axe finds. */
public final class SmallScreen {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final int[] PHONE = {390, 844};
    public static final int[] LAPTOP = {1366, 768};

    private SmallScreen() {
    }

    /** The page laid out exactly {@code screen[0]} CSS pixels wide, as on a screen of that size. */
    public static void resize(ChromeDriver browser, int[] screen) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", screen[0], "height", screen[1], "deviceScaleFactor", 1, "mobile", false));
    }

    /** How wide the page is: more than the window means it scrolls sideways. */
    public static long pageWidth(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /**
     * The contrast ratio (WCAG 2.1's relative luminance) of an element's text colour against its background colour,
     * both as the browser computed them; a transparent background counts as white, the page's.
     */
    public static double contrast(WebDriver browser, WebElement element) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                function rgb(c) { return (c.match(/[\\d.]+/g) || []).map(Number); }
                function lum(c) {
                  var v = rgb(c).slice(0, 3).map(function (x) { x /= 255;
                    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
                }
                var style = getComputedStyle(arguments[0]);
                var bg = style.backgroundColor;
                if (rgb(bg).length === 4 && rgb(bg)[3] === 0) { bg = 'rgb(255, 255, 255)'; }
                var a = lum(style.color), b = lum(bg);
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                """, element)).doubleValue();
    }

    /** axe-core's WCAG 2.1 AA violations on the page as it is now (an open menu or calendar included). */
    public static List<String> axe(WebDriver browser) {
        return new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations().stream()
                .map(SmallScreen::describe).toList();
    }

    /**
     * How the first body row of {@code table} is laid out, or "" when it is stacked as a card: every cell as wide
     * as the row and below the one before, and each starting with its column's name, shown (PrimeFaces' reflow
     * title, or a plain table's data-label drawn before the cell).
     */
    public static String notStacked(ChromeDriver browser, WebElement table) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                var table = arguments[0];
                var row = table.querySelector('tbody > tr');
                if (!row) { return 'no body row'; }
                var rowBox = row.getBoundingClientRect();
                var cells = Array.prototype.filter.call(row.children, function (c) {
                  return c.getBoundingClientRect().height > 0; });
                if (cells.length < 2) { return 'fewer than two cells shown'; }
                var problems = [];
                var lastTop = -1;
                cells.forEach(function (c, i) {
                  var box = c.getBoundingClientRect();
                  if (box.width < rowBox.width * 0.8) {
                    problems.push('cell ' + i + ' is ' + Math.round(box.width) + ' of ' + Math.round(rowBox.width) + ' px');
                  }
                  if (box.top <= lastTop) { problems.push('cell ' + i + ' sits beside the one before'); }
                  lastTop = box.top;
                  var title = c.querySelector('.ui-column-title');
                  var shown = title && title.getBoundingClientRect().height > 0 ? title.textContent
                      : (getComputedStyle(c, '::before').content || 'none').replace(/^"|"$/g, '');
                  var header = table.querySelectorAll('thead th')[i];
                  var name = header && !header.querySelector('.visually-hidden') ? header.textContent.trim() : '';
                  if (name && (shown === 'none' || shown.trim() !== name)) {
                    problems.push('cell ' + i + ' is not headed "' + name + '" (shows "' + shown + '")');
                  }
                });
                return problems.join('; ');
                """, table);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " ×" + rule.getNodes().size() + " (" + rule.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")) + ")";
    }
}

package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The page sanitiser against a corpus of XSS payloads: nothing that runs survives. */
class ModuleHtmlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://ok.example/a.png\" alt=\"a\" onerror=\"alert(1)\">",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<img src=`javascript:alert(1)`>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<body onload=alert(1)>",
            "<p onclick=\"alert(1)\">text</p>",
            "<p style=\"background:url(javascript:alert(1))\">text</p>",
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<input onfocus=alert(1) autofocus>",
            "<details open ontoggle=alert(1)>",
            "<base href=\"javascript:alert(1)//\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"x\">",
            "<a href=\"#\" onmouseover=\"alert(1)\">x</a>",
            "\"><script>alert(1)</script>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    })
    void nothingExecutableSurvives(String payload) {
        String out = PageHtml.sanitise(payload).toLowerCase(Locale.ROOT);
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("javascript:"), out);
        assertFalse(out.contains("vbscript:"), out);
        assertFalse(out.contains("data:"), out);
        assertFalse(out.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), "no event handler attribute: " + out);
        assertFalse(out.contains("<svg") || out.contains("<math") || out.contains("<iframe") || out.contains("<object")
                || out.contains("<embed") || out.contains("<style") || out.contains("<form") || out.contains("<input")
                || out.contains("<base") || out.contains("<meta") || out.contains("<link"), out);
        assertFalse(out.contains("style="), out);
    }

    @Test
    void ordinaryRichText_isKept() {
        String html = "<h2>What is anxiety?</h2><p>It is <strong>normal</strong> and <em>useful</em>.</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li data-list=\"bullet\">three</li></ol>"
                + "<p class=\"ql-align-center\"><a href=\"https://www.nhs.uk/\">NHS</a></p>";
        String out = PageHtml.sanitise(html);
        assertTrue(out.contains("<h2>What is anxiety?</h2>"), out);
        assertTrue(out.contains("<strong>normal</strong>"), out);
        assertTrue(out.contains("<li>one</li>"), out);
        assertTrue(out.contains("data-list=\"bullet\""), out);
        assertTrue(out.contains("class=\"ql-align-center\""), out);
        assertTrue(out.contains("href=\"https://www.nhs.uk/\""), out);
        assertTrue(out.matches("(?s).*rel=\"(noopener noreferrer|noreferrer noopener)\".*"), out);
    }

    @Test
    void images_areKept_fromHttpsOrOurOwnResources_withTheirAltText() {
        String out = PageHtml.sanitise("<img src=\"https://example.org/a.png\" alt=\"A parent and child\">"
                + "<img src=\"/api/v1/modules/1/resources/2\" alt=\"Diagram\">");
        assertTrue(out.contains("src=\"https://example.org/a.png\""), out);
        assertTrue(out.contains("src=\"/api/v1/modules/1/resources/2\""), out);
        assertEquals(0, PageHtml.imagesWithoutAlt(out));
    }

    @Test
    void images_fromOtherSchemesOrProtocolRelativeAddresses_loseTheirSource() {
        for (String src : new String[] {"//tracker.example/p.gif", "/\\tracker.example/p.gif", "http://example.org/a.png",
                "ftp://example.org/a.png"}) {
            String out = PageHtml.sanitise("<img src=\"" + src + "\" alt=\"x\">");
            assertFalse(out.contains(src), out);
        }
    }

    @Test
    void imagesWithoutAltText_areCounted() {
        String out = PageHtml.sanitise("<img src=\"https://example.org/a.png\"><img src=\"https://example.org/b.png\" alt=\"  \">"
                + "<img src=\"https://example.org/c.png\" alt=\"Fine\">");
        assertEquals(2, PageHtml.imagesWithoutAlt(out));
    }

    @Test
    void nullOrBlank_givesEmptyText() {
        assertEquals("", PageHtml.sanitise(null));
        assertFalse(PageHtml.hasText(PageHtml.sanitise("<p><br></p>")));
        assertTrue(PageHtml.hasText(PageHtml.sanitise("<p>Hello</p>")));
    }
}

package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import uk.org.cascade.learning.boundary.ModuleForms.DraftForm;
import uk.org.cascade.learning.boundary.ModuleForms.PageForm;
import uk.org.cascade.learning.boundary.ModuleForms.QuestionForm;
import uk.org.cascade.platform.control.Json;

/** The demo module content reads, survives the sanitiser unchanged in substance, and has a real five-question check. */
class ModuleDemoContentTest {

    @Test
    void understandingAnxiety_hasPagesAndAFiveQuestionCheck() throws Exception {
        DemoModules.Demo demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/modules-demo.json")) {
            demo = Json.JSONB.fromJson(in, DemoModules.Demo.class);
        }
        assertEquals(1, demo.modules().size());
        assertEquals("Understanding anxiety in children aged 5-12", demo.modules().get(0).moduleTitle());
        DraftForm draft = demo.modules().get(0).draft();
        assertTrue(draft.pages().size() >= 3, "a few pages");
        for (PageForm page : draft.pages()) {
            String clean = PageHtml.sanitise(page.html());
            assertTrue(PageHtml.hasText(clean), page.title());
            assertTrue(clean.contains("<h2>"), "headings survive: " + page.title());
            assertEquals(0, PageHtml.imagesWithoutAlt(clean));
        }
        assertEquals(5, draft.questions().size());
        assertEquals(80, draft.passMark());
        for (QuestionForm q : draft.questions()) {
            assertTrue(q.answers().stream().anyMatch(a -> a.isRight()), q.text());
            assertTrue(q.answers().stream().allMatch(a -> a.feedback() != null && !a.feedback().isBlank()),
                    "every answer explains itself: " + q.text());
        }
    }
}

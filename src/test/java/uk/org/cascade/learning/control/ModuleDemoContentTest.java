package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The demo module content survives the sanitiser with its structure, and has a real five-question check. */
class ModuleDemoContentTest {

    @Test
    void understandingAnxiety_hasPagesAndAFiveQuestionCheck() throws Exception {
        JsonObject demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/modules-demo.json")) {
            demo = Json.createReader(in).readObject();
        }
        JsonObject module = demo.getJsonArray("modules").getJsonObject(0);
        assertEquals("Understanding anxiety in children aged 5-12", module.getString("moduleTitle"));
        JsonObject draft = module.getJsonObject("draft");
        assertTrue(draft.getJsonArray("pages").size() >= 3, "a few pages");
        for (JsonObject page : draft.getJsonArray("pages").getValuesAs(JsonObject.class)) {
            String clean = PageHtml.sanitise(page.getString("html"));
            assertTrue(PageHtml.hasText(clean), page.getString("title"));
            assertTrue(clean.contains("<h2>"), "headings survive: " + clean);
            assertEquals(0, PageHtml.imagesWithoutAlt(clean));
            assertFalse(page.containsKey("videoUrl") && VideoLinks.parse(page.getString("videoUrl")).isEmpty());
        }
        assertEquals(5, draft.getJsonArray("questions").size());
        assertEquals(80, draft.getInt("passMark"));
        for (JsonObject q : draft.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            var answers = q.getJsonArray("answers").getValuesAs(JsonObject.class);
            assertTrue(answers.stream().anyMatch(a -> a.getBoolean("correct")), q.getString("text"));
            assertTrue(answers.stream().allMatch(a -> !a.getString("feedback", "").isBlank()),
                    "every answer explains itself: " + q.getString("text"));
        }
    }
}

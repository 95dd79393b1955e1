package uk.org.cascade.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/** A draft's faults link to the input that holds them on the author page, so the error summary can point there. */
class ModuleAuthorFieldsTest {

    @Test
    void pagesQuestionsAndAnswersMapToTheirInputs() {
        var fields = ModuleAuthorBacking.fields(new ValidationFailure(List.of(
                Violation.field("pages[2].title", "every page needs a title"),
                Violation.field("questions[0].text", "every question needs its text"),
                Violation.field("questions[1].answers[3].text", "every answer needs its text"),
                Violation.field("pages", "a module has at most 40 pages"))));
        assertEquals("author:pages:2:title", fields.get("pages[2].title"));
        assertEquals("author:questions:0:text", fields.get("questions[0].text"));
        assertEquals("author:questions:1:answers:3:answer", fields.get("questions[1].answers[3].text"));
        assertEquals("author:passMark", fields.get("passMark"));
        assertFalse(fields.containsKey("pages"), "a fault of the whole draft has no one input");
    }
}

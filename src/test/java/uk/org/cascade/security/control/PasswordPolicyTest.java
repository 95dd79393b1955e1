package uk.org.cascade.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class PasswordPolicyTest {

    @Test
    void twelveCharacters_areEnough() {
        assertTrue(PasswordPolicy.check("twelve chars", "someone@school.test").isEmpty());
    }

    @Test
    void elevenCharacters_areRefused_sayingHowManyItHas() {
        List<Violation> problems = PasswordPolicy.check("eleven char", "someone@school.test");

        assertEquals(1, problems.size());
        assertEquals("password", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("at least 12 characters long (it has 11)"));
    }

    @Test
    void theEmail_isRefusedWhateverItsCase() {
        List<Violation> problems = PasswordPolicy.check("Someone.Long@School.test", "someone.long@school.test");

        assertEquals("password must not be your email address", problems.get(0).message());
    }

    @Test
    void theEmailsLocalPart_isRefusedWhenLongEnoughToPass() {
        assertEquals("password must not be your email address",
                PasswordPolicy.check("firstname.lastname", "firstname.lastname@school.test").get(0).message());
    }

    @Test
    void aPasswordContainingTheEmailAmongOtherWords_isFine() {
        assertTrue(PasswordPolicy.check("jo@school.test likes long walks", "jo@school.test").isEmpty());
    }

    @Test
    void missing_isRequired() {
        assertEquals("password is required", PasswordPolicy.check(null, "a@b.test").get(0).message());
        assertEquals("password is required", PasswordPolicy.check("", "a@b.test").get(0).message());
    }

    @Test
    void over128Characters_isRefused() {
        assertTrue(PasswordPolicy.check("x".repeat(129), "a@b.test").get(0).message().contains("at most 128"));
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        // Twelve emoji are twelve characters even though each is two UTF-16 units.
        assertTrue(PasswordPolicy.check("\uD83D\uDE00".repeat(12), "a@b.test").isEmpty());
        assertEquals(1, PasswordPolicy.check("\uD83D\uDE00".repeat(6), "a@b.test").size());
    }

    @Test
    void enforce_throwsWithEveryProblem() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> PasswordPolicy.enforce("short", "a@b.test"));

        assertEquals(1, failure.violations().size());
    }
}

package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;

/** The modulus-11 rule and the refusal's wording; the cases of text are in {@link ChildIdentifiersCorpusTest}. */
class ChildIdentifiersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** A valid NHS number built from nine digits by the modulus-11 rule, so the test does not trust a copied example. */
    static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return nine + (check == 11 ? 0 : check);
    }

    @Test
    void nhsNumber_passesTheModulus11CheckForComputedNumbers() {
        assertEquals("9434765919", withCheckDigit("943476591"));
        assertEquals("4010232137", withCheckDigit("401023213"));
        assertEquals("4857773457", withCheckDigit("485777345"));
        assertEquals("4505577104", withCheckDigit("450557710"));
        assertTrue(ChildIdentifiers.isNhsNumber(withCheckDigit("943476591")));
        assertTrue(ChildIdentifiers.isNhsNumber(withCheckDigit("123456788")));
        assertTrue(ChildIdentifiers.isNhsNumber(withCheckDigit("485777345")));
    }

    @Test
    void nhsNumber_failsWithAWrongCheckDigitOrWhenTheCheckWouldBeTen() {
        assertFalse(ChildIdentifiers.isNhsNumber("9434765918"));
        assertFalse(ChildIdentifiers.isNhsNumber("4010232138"));
        // 1,2,3,4,5,6,7,8,9 weighted 10..2 sums to 210 = 11 × 19 + 1: check digit 10, no valid number
        assertFalse(ChildIdentifiers.isNhsNumber("1234567890"));
        assertFalse(ChildIdentifiers.isNhsNumber("123456789"));
    }

    @Test
    void refusal_namesTheFieldAndKindButNeverQuotesTheText() {
        Validation check = new Validation();
        ChildIdentifiers.check(check, "themeNotes", "The theme notes", "Oliver Smith (7), born 3 April 2016", TODAY);
        ValidationFailure failure = assertThrows(ValidationFailure.class, check::orThrow);
        String message = failure.violations().get(0).message();
        assertEquals("themeNotes", failure.violations().get(0).field());
        assertTrue(message.startsWith("What you wrote in the theme notes looks like it contains a date of birth"), message);
        assertFalse(message.contains("2016"), message);
        assertFalse(message.contains("April"), message);
        assertFalse(message.contains("Oliver"), message);
    }

    @Test
    void nhsNumber_oneDigitTenTimes_isNeverIssued() {
        assertFalse(ChildIdentifiers.isNhsNumber("0000000000"));
        assertFalse(ChildIdentifiers.isNhsNumber("1111111111"));
    }

    /** The longest free text (4,000 characters) of the worst shapes, checked on a small stack: no error, no hang. */
    @Test
    void longTexts_areCheckedWithoutOverflowingTheStack() throws InterruptedException {
        String[] worst = {"Aaaa Bbbb ".repeat(400), "Oliver Smith, ".repeat(285), "born ".repeat(800), "1 ".repeat(2000),
                "nine ".repeat(800), "b. ".repeat(1300), "3 April ".repeat(500), "Jones (".repeat(570)};
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread small = new Thread(null, () -> {
            for (String text : worst) {
                try {
                    ChildIdentifiers.find(text, TODAY);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(60_000);
        assertFalse(small.isAlive(), "still checking after a minute");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void nothingToCheck_isNoIdentifier() {
        assertTrue(ChildIdentifiers.find(null, TODAY).isEmpty());
        assertTrue(ChildIdentifiers.find(" \u00A0\u200B ", TODAY).isEmpty());
    }
}

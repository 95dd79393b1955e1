package uk.org.cascade.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;

class SupervisionIdentifiersTest {

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
        assertTrue(Identifiers.isNhsNumber(withCheckDigit("943476591")));
        assertTrue(Identifiers.isNhsNumber(withCheckDigit("123456788")));
        assertTrue(Identifiers.isNhsNumber(withCheckDigit("485777345")));
    }

    @Test
    void nhsNumber_failsWithAWrongCheckDigitOrWhenTheCheckWouldBeTen() {
        assertFalse(Identifiers.isNhsNumber("9434765918"));
        assertFalse(Identifiers.isNhsNumber("4010232138"));
        // 1,2,3,4,5,6,7,8,9 weighted 10..2 sums to 210 = 11 × 19 + 1: check digit 10, no valid number
        assertFalse(Identifiers.isNhsNumber("1234567890"));
        assertFalse(Identifiers.isNhsNumber("123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Discussed child 9434765919 at length", "NHS no 943 476 5919.", "ref 943-476-5919",
            "4010232137", "number 401 023 2137 was mentioned"})
    void refusesNhsNumbers_withOrWithoutSpaces(String text) {
        assertEquals(Optional.of("an NHS number"), Identifiers.find(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918 was a wrong number", "Counted 1234567890 widgets", "1 234 567 890"})
    void tenDigitsFailingTheCheck_areNotNhsNumbers(String text) {
        assertFalse(Identifiers.hasNhsNumber(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOB 03/04/2016", "born 3 April 2016", "child born on 3rd April 2016", "d.o.b. 3.4.16",
            "2016-04-03", "she was seen, 14/02/2017", "date of birth: March 3, 2015", "Date of birth 12-12-2012",
            "parent dob 1/1/90"})
    void refusesDatesOfBirth(String text) {
        assertEquals(Optional.of("a date of birth"), Identifiers.find(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NR1 2AB", "Lives near nr12ab now", "SW1A 1AA", "postcode M1 1AE.", "EC1A 1BB", "B33 8TH"})
    void refusesPostcodes(String text) {
        assertEquals(Optional.of("a postcode"), Identifiers.find(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call 07700 900123", "ring 01603 123456 after school", "020 7946 0018", "+44 7700 900123",
            "(01603) 123 456", "+44 (0)20 7946 0018", "+33 1 23 45 67 89", "07700900123"})
    void refusesPhoneNumbers(String text) {
        assertEquals(Optional.of("a phone number"), Identifiers.find(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Discussed engagement with three families; one dropped out after session 4 of 8.",
            "Year 6 2nd half term; KS2 3rd session went well.", "Fidelity: 45 minutes on exposure tasks, 12 steps.",
            "Next session on 12/12/2026 and review on 2026-11-20.", "Agreed to meet on 1 December 2026.",
            "Worked with 1,250 words of notes, score 3/10, ratio 5/7.", "Room 101, 2 hours, week 6 of 8 (Covid19 aside).",
            "Case load 12, waiting list 30, session 2-3 went fine.", "Safeguarding lead informed the same day."})
    void ordinaryText_passes(String text) {
        assertEquals(Optional.empty(), Identifiers.find(text, TODAY), text);
    }

    @Test
    void refusal_namesTheKindButNeverQuotesTheText() {
        Validation check = new Validation();
        Identifiers.check(check, "themeNotes", "The theme notes", "born 3 April 2016", TODAY);
        ValidationFailure failure = org.junit.jupiter.api.Assertions.assertThrows(ValidationFailure.class, check::orThrow);
        String message = failure.violations().get(0).message();
        assertEquals("themeNotes", failure.violations().get(0).field());
        assertTrue(message.contains("a date of birth"), message);
        assertFalse(message.contains("2016"), message);
        assertFalse(message.contains("April"), message);
    }
}

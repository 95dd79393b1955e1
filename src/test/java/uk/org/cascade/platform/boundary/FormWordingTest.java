package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** API refusals as a page says them: dates in words, no format hints, a sentence. */
class FormWordingTest {

    @Test
    void datesAreWrittenOut() {
        assertEquals("The sign-off date 9 December 2026 is in the future.",
                FormWording.plain("the sign-off date 2026-12-09 is in the future"));
    }

    @Test
    void aMissingAnswerSaysWhatToEnter() {
        assertEquals("Enter the date.", FormWording.plain("date is required (YYYY-MM-DD)"));
        assertEquals("Enter the job title.", FormWording.plain("jobTitle is required"));
    }

    @Test
    void fieldNamesAreWords() {
        assertEquals("Families discussed is a count from 0 to 500.",
                FormWording.plain("familiesDiscussed is a count from 0 to 500"));
        assertEquals("School URN is the school they leave: choose the school they move to.",
                FormWording.plain("schoolUrn is the school they leave: choose the school they move to"));
        assertEquals("There is no person with id 7.", FormWording.plain("there is no person with id 7"));
    }

    @Test
    void aSentenceAlreadyEndedIsLeftAsItIs() {
        assertEquals("Choose a programme.", FormWording.plain("Choose a programme."));
    }

    @Test
    void somethingNotADateIsLeftAlone() {
        assertEquals("Code 2026-13-40 is unknown.", FormWording.plain("code 2026-13-40 is unknown"));
    }

    @Test
    void noMessageAtAllStillSaysWhatToDo() {
        assertEquals("Something in the form could not be accepted. Check your answers and try again.",
                FormWording.plain(null));
    }
}

package uk.org.cascade.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.organisation.control.SchoolChoices.Choice;

class SchoolChoicesTest {

    @Test
    void aChosenLabel_namesItsSchoolsUrn() {
        String label = new Choice(990102, "St Mary’s Church of England VA Primary School, Hingham", "Norfolk").label();

        assertEquals("St Mary’s Church of England VA Primary School, Hingham, Norfolk (URN 990102)", label);
        assertEquals(Optional.of(990102), SchoolChoices.urnIn(label));
    }

    @Test
    void aBareUrn_isTakenAsIs() {
        assertEquals(Optional.of(990101), SchoolChoices.urnIn(" 990101 "));
    }

    @Test
    void textThatNamesNoUrn_namesNoSchool_evenWhenItEndsInANumber() {
        assertEquals(Optional.empty(), SchoolChoices.urnIn("Brookfield"));
        assertEquals(Optional.empty(), SchoolChoices.urnIn("Academy 12345"));
        assertEquals(Optional.empty(), SchoolChoices.urnIn(null));
    }
}

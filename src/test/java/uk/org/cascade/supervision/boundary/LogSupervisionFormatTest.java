package uk.org.cascade.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The log form's format, left to the form: one supervisee is individual, two or more a group. */
class LogSupervisionFormatTest {

    @Test
    void oneSuperviseeIsIndividual() {
        assertEquals("INDIVIDUAL", LogSupervisionBacking.formatFor("", 1));
        assertEquals("INDIVIDUAL", LogSupervisionBacking.formatFor(null, 1));
    }

    @Test
    void twoOrMoreAreAGroup() {
        assertEquals("GROUP", LogSupervisionBacking.formatFor("", 2));
        assertEquals("GROUP", LogSupervisionBacking.formatFor("", 5));
    }

    @Test
    void whatThePersonChoseStands() {
        assertEquals("INDIVIDUAL", LogSupervisionBacking.formatFor("INDIVIDUAL", 3));
        assertEquals("GROUP", LogSupervisionBacking.formatFor("GROUP", 1));
    }
}

package uk.org.cascade.refresher.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RefresherTimerTest {

    @Test
    void aTimeOfDayBecomesItsHourAndMinute() {
        assertArrayEquals(new String[] {"6", "15"}, RefresherTimer.when("06:15"));
        assertArrayEquals(new String[] {"23", "5"}, RefresherTimer.when(" 23:05 "));
    }

    @Test
    void everyHourOrEveryMinuteIsAStar() {
        assertArrayEquals(new String[] {"*", "*"}, RefresherTimer.when("*:*"));
        assertArrayEquals(new String[] {"*", "30"}, RefresherTimer.when("*:30"));
    }

    @Test
    void anythingElseKeepsTheDefaultRatherThanNoRunAtAll() {
        for (String bad : new String[] {"6.15", "25:00", "*:61", "soon", "", null}) {
            assertArrayEquals(new String[] {"6", "15"}, RefresherTimer.when(bad), String.valueOf(bad));
        }
    }
}

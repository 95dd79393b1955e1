package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.learning.control.Scoring.Key;
import uk.org.cascade.learning.control.Scoring.Result;

class ModuleScoringTest {

    private static final List<Key> KEYS = List.of(new Key(1, Set.of(11L)), new Key(2, Set.of(21L, 23L)),
            new Key(3, Set.of(31L)), new Key(4, Set.of(41L)), new Key(5, Set.of(51L)));

    @Test
    void singleAnswer_isRightOnlyWithTheCorrectChoice() {
        Result r = Scoring.score(List.of(new Key(1, Set.of(11L))), Map.of(1L, Set.of(12L)), 50);
        assertEquals(0, r.score());
        assertFalse(r.marked().get(0).correct());
        assertTrue(Scoring.score(List.of(new Key(1, Set.of(11L))), Map.of(1L, Set.of(11L)), 50).marked().get(0).correct());
    }

    @Test
    void multipleAnswer_needsEveryCorrectChoiceAndNothingElse() {
        Key key = new Key(2, Set.of(21L, 23L));
        assertFalse(Scoring.score(List.of(key), Map.of(2L, Set.of(21L)), 100).passed(), "only some of the right ones");
        assertFalse(Scoring.score(List.of(key), Map.of(2L, Set.of(21L, 22L, 23L)), 100).passed(), "a wrong one too");
        assertTrue(Scoring.score(List.of(key), Map.of(2L, Set.of(23L, 21L)), 100).passed());
    }

    @Test
    void unansweredQuestion_isWrong() {
        Result r = Scoring.score(KEYS, Map.of(1L, Set.of(11L)), 20);
        assertEquals(1, r.score());
        assertEquals(5, r.total());
        assertTrue(r.passed(), "1 of 5 is exactly 20 %");
        assertFalse(r.marked().get(1).correct());
    }

    @Test
    void passMark_reachedExactly_passes_andOneShort_fails() {
        Map<Long, Set<Long>> fourRight = Map.of(1L, Set.of(11L), 2L, Set.of(21L, 23L), 3L, Set.of(31L), 4L, Set.of(41L),
                5L, Set.of(52L));
        Result r = Scoring.score(KEYS, fourRight, 80);
        assertEquals(4, r.score());
        assertEquals(80, r.percent());
        assertTrue(r.passed());
        assertFalse(Scoring.score(KEYS, fourRight, 81).passed());
    }

    @Test
    void passMark_withThirds_roundsNothingUp() {
        assertFalse(Scoring.passes(2, 3, 67), "2 of 3 is 66.7 %, under 67");
        assertTrue(Scoring.passes(2, 3, 66));
        assertFalse(Scoring.passes(0, 0, 0), "a check with no questions is never passed");
        assertTrue(Scoring.passes(0, 5, 0));
    }
}

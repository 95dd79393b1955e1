package uk.org.cascade.cohort.control;

import java.util.Set;
import uk.org.cascade.curriculum.entity.Programme;

/**
 * Which schools are covered for a programme today: the waiting list puts uncovered schools first. Coverage is
 * built on cohorts, so the coverage context answers this for the cohort context, not the other way round.
 */
public interface SchoolCover {

    /** Those of {@code urns} whose trained staff today reach their coverage target for {@code programme}. */
    Set<Integer> coveredToday(Programme programme, Set<Integer> urns);
}

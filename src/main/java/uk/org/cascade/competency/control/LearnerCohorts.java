package uk.org.cascade.competency.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What sign-offs must know of a learner's cohorts. Cohorts come after competency in the contexts' order, so
 * competency asks here and the cohort context answers (cohort.control.SignOffLearnerCohorts).
 */
public interface LearnerCohorts {

    /**
     * The day (in England) the learner asked for the place they were given in the cohort; empty when they
     * were never given one (waiting, withdrawn, or not in it).
     */
    Optional<LocalDate> placedSince(long cohortId, long learnerId);

    /** Whether the trainer leads a cohort the learner is in, in any standing but withdrawn. */
    boolean leadsACohortOf(long trainerId, long learnerId);
}

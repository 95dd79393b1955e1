package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.org.cascade.audit.control.Activity;
import uk.org.cascade.audit.control.LearningRecords;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;

/** A learner's way through a cohort, told to the learning record store: a place, modules done, the cohort done. */
@ApplicationScoped
public class CohortStatements {

    @Inject
    LearningRecords records;

    /** Called when an enrolment gets a place: on enrolment, re-joining, or from the waiting list. */
    void registered(Enrolment e) {
        records.registered(e.getPerson().getId(), e.getId(), cohort(e), programme(e.getCohort().getProgramme()));
    }

    void completedModule(Enrolment e, Module module, LocalDate on) {
        records.completedModule(e.getPerson().getId(), e.getId(), Activity.module(module.getId(), module.getTitle()),
                cohort(e), programme(e.getCohort().getProgramme()), on);
    }

    void completed(Enrolment e) {
        records.completedCohort(e.getPerson().getId(), e.getId(), cohort(e), programme(e.getCohort().getProgramme()),
                e.getCompletedOn());
    }

    private static Activity cohort(Enrolment e) {
        return Activity.cohort(e.getCohort().getId(), e.getCohort().getTitle());
    }

    private static Activity programme(Programme p) {
        return Activity.programme(p.getCode(), p.getTitle());
    }
}

package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.Dates;

/** A cohort's lead trainers and the cascade rule for them: each may lead the programme on every session's day. */
@ApplicationScoped
public class LeadTrainers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Holdings holdings;

    /**
     * The cascade rule for a whole cohort: every lead trainer holds the programme's current TRAINER
     * competency on every session date. Refused with each trainer and date that fails.
     */
    public void requireAuthorised(Cohort cohort) {
        Validation check = new Validation();
        Set<LocalDate> days = new HashSet<>();
        cohort.getSessions().forEach(s -> days.add(s.getStartsAt().atZone(Today.ENGLAND).toLocalDate()));
        for (Person trainer : cohort.getLeadTrainers()) {
            for (LocalDate day : days.stream().sorted().toList()) {
                check.require(holdings.mayLead(trainer.getId(), cohort.getProgramme(), day), "leadTrainerIds",
                        trainer.getName() + " does not hold the current trainer competency for "
                                + cohort.getProgramme().getTitle() + " on " + Dates.day(day)
                                + ", so cannot lead that session");
            }
        }
        check.orThrow();
    }

    /** The people with these ids; each unknown id is a failure in {@code check}. */
    Set<Person> find(List<Long> ids, Validation check) {
        Set<Person> trainers = new HashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Person p = id == null ? null : em.find(Person.class, id);
            check.require(p != null, "leadTrainerIds", "there is no person with id " + id);
            if (p != null) {
                trainers.add(p);
            }
        }
        return trainers;
    }
}

package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.org.cascade.audit.control.Activity;
import uk.org.cascade.audit.control.LearningRecords;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.entity.Competency;

/** Sign-offs and revocations, told to the learning record store; the assessor appears by person id only. */
@ApplicationScoped
public class SignOffStatements {

    @Inject
    LearningRecords records;

    void recorded(SignOff s) {
        records.signedOff(s.getPerson().getId(), s.getId(), competency(s.getCompetency()), programme(s.getCompetency()),
                s.getAssessor().getId(), s.getOutcome() == Outcome.COMPETENT, s.getSignedOn());
    }

    void revoked(SignOff s) {
        records.revoked(s.getPerson().getId(), s.getId(), competency(s.getCompetency()), programme(s.getCompetency()));
    }

    private static Activity competency(Competency c) {
        return Activity.competency(c.getCode(), c.getTitle());
    }

    private static Activity programme(Competency c) {
        return c.getProgramme() == null ? null : Activity.programme(c.getProgramme().getCode(), c.getProgramme().getTitle());
    }
}

package uk.org.cascade.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.Move;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.platform.ValidationFailure;

/**
 * A mover: someone leaves one school and starts at another, recorded as a leaver and a joiner in one transaction,
 * so that either both are saved or neither is. Each half keeps the rules, scope checks and audit of
 * {@link People#end} and {@link People#addEmployment}.
 */
@ApplicationScoped
public class Movers {

    @Inject
    People people;

    /** Ends the employment and starts the new one; answers the new one. */
    @Transactional
    public Employment move(long personId, long employmentId, Move form, Reach reach) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Employment from = people.changeable(personId, employmentId, reach);
        if (from.getSchool() == null) {
            throw ValidationFailure.of("employmentId", "a move is from a job at a school; end a team job instead");
        }
        var next = form.newEmployment(from.getSchool().getUrn());
        people.end(from, form.ending());
        return people.employ(from.getPerson(), next, reach);
    }
}

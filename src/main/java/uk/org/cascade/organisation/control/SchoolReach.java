package uk.org.cascade.organisation.control;

import java.util.Optional;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Whose schools a user may open: the whole (public) register for administrators, trainers and supervisors, a
 * coordinator's scope for a coordinator, none for someone who is only a learner. Pages that mention a school
 * link to it only when this says the reader may open it, so no link leads to "Page not found".
 */
public final class SchoolReach {

    private SchoolReach() {
    }

    /** Empty for the whole register, else a coordinator's scope. */
    public static Optional<Scope> of(UserAccount user) {
        boolean wider = user.holds(Role.ADMIN) || user.holds(Role.TRAINER) || user.holds(Role.SUPERVISOR);
        return wider ? Optional.empty() : Optional.of(user.scope());
    }

    /** May {@code user} open {@code school}'s page (the school pages' roles, then the coordinator's scope)? */
    public static boolean mayOpen(UserAccount user, School school) {
        if (school == null || !(user.holds(Role.ADMIN) || user.holds(Role.COORDINATOR) || user.holds(Role.TRAINER)
                || user.holds(Role.SUPERVISOR))) {
            return false;
        }
        return of(user).map(scope -> scope.includes(school.getLocalAuthority().getCode(),
                school.getLocalAuthority().getRegion().getName())).orElse(true);
    }
}

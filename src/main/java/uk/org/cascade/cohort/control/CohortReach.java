package uk.org.cascade.cohort.control;

import java.util.Optional;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Who may see and do what with a cohort, in one place. Administrators: everything. Lead trainers: their
 * cohorts, whole. Coordinators: cohorts for a local authority in their scope (or for no particular one),
 * but only the enrolments from schools in their scope. Learners: their own enrolments.
 */
public record CohortReach(boolean everyone, long self, Optional<Scope> scope, boolean trainer) {

    public static CohortReach of(UserAccount user) {
        boolean admin = user.holds(Role.ADMIN);
        return new CohortReach(admin, user.getPerson().getId(),
                !admin && user.holds(Role.COORDINATOR) ? Optional.of(user.scope()) : Optional.empty(),
                user.holds(Role.TRAINER));
    }

    /** Runs its sessions: attendance, starting and closing. */
    public boolean teaches(Cohort cohort) {
        return everyone || cohort.isLedBy(self);
    }

    /** Coordinates the area it serves. */
    public boolean coordinates(Cohort cohort) {
        return scope.isPresent() && (cohort.getLocalAuthority() == null || covers(cohort.getLocalAuthority()));
    }

    /** Changes its details, sessions and enrolment status; a coordinator only for a cohort of their own area. */
    public boolean plans(Cohort cohort) {
        return teaches(cohort) || (scope.isPresent() && cohort.getLocalAuthority() != null
                && covers(cohort.getLocalAuthority()));
    }

    public boolean seesRoster(Cohort cohort) {
        return teaches(cohort) || coordinates(cohort);
    }

    /** Whose enrolments at {@code school} the caller sees and may change in a cohort whose roster they see. */
    public boolean seesStaffOf(Cohort cohort, School school) {
        return teaches(cohort) || (coordinates(cohort) && covers(school.getLocalAuthority()));
    }

    public boolean covers(LocalAuthority la) {
        return everyone || scope.map(s -> s.includes(la.getCode(), la.getRegion().getName())).orElse(false);
    }

    /** May create cohorts at all. */
    public boolean mayCreate() {
        return everyone || trainer || scope.isPresent();
    }
}

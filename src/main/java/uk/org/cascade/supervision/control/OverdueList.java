package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/** The overdue list as a caller may see it, page by page or whole for an export, and the last supervision per school. */
@ApplicationScoped
public class OverdueList {

    @Inject
    OverdueQuery overdueQuery;

    @Inject
    Curriculum curriculum;

    @Inject
    Today today;

    /** The overdue list (or due soon, or all practising people) the caller may see. */
    public Page<OverdueQuery.Row> overdue(Integer la, String programmeCode, Integer urn, OverdueQuery.Due due, LocalDate day,
                                          UserAccount caller, PageRequest request) {
        Long programmeId = null;
        if (programmeCode != null && !programmeCode.isBlank()) {
            programmeId = curriculum.findProgramme(programmeCode.strip()).map(Programme::getId)
                    .orElseThrow(() -> ValidationFailure.of("programme", "there is no programme with code " + programmeCode));
        }
        return overdueQuery.page(new OverdueQuery.Filter(day == null ? today.date() : day, la, programmeId, urn, due),
                reachOf(caller), request);
    }

    /** Every row of the overdue list, page by page, for an export. */
    public void forEachOverdue(Integer la, String programmeCode, OverdueQuery.Due due, LocalDate day, UserAccount caller,
                               Consumer<OverdueQuery.Row> each) {
        for (int page = 0; ; page++) {
            Page<OverdueQuery.Row> rows = overdue(la, programmeCode, null, due, day, caller, new PageRequest(page, 500));
            rows.items().forEach(each);
            if ((long) (page + 1) * 500 >= rows.total()) {
                return;
            }
        }
    }

    /**
     * The last supervision of the schools' staff for {@code programme}, by URN, in one query; schools never
     * supervised are absent. No scope check: dates per school carry no personal data. Used by the coverage
     * dashboard's "last supervision" column (LastSupervisionBacking) and the school page.
     */
    public Map<Integer, LocalDate> lastSupervised(Collection<Integer> urns, Programme programme) {
        return overdueQuery.lastSupervised(urns, programme.getId());
    }

    /** Which practising people the caller may see in the overdue list. */
    public static OverdueQuery.Reach reachOf(UserAccount caller) {
        if (caller.holds(Role.ADMIN)) {
            return OverdueQuery.Reach.EVERYONE;
        }
        Optional<Scope> scope = caller.holds(Role.COORDINATOR) ? Optional.of(caller.scope()) : Optional.empty();
        Optional<Long> supervisor = SupervisionPolicy.supervises(caller) ? Optional.of(caller.getPerson().getId()) : Optional.empty();
        return new OverdueQuery.Reach(false, scope, supervisor);
    }
}

package uk.org.cascade.refresher.boundary;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.refresher.control.RefresherQueries;
import uk.org.cascade.refresher.control.RefresherQueries.DemandRow;
import uk.org.cascade.refresher.control.RefresherScheduler;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Refresher demand for the API and the page: checks the filters and the caller's scope (administrators see every
 * local authority, coordinators theirs; asking for another is 403, for one that does not exist 404).
 */
@ApplicationScoped
public class RefresherDemand {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 36;

    /** The demand from {@code asOf} for {@code months} months (this one included), and the places in all. */
    public record Demand(LocalDate asOf, int months, List<DemandRow> demand, long places) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RefresherQueries queries;

    @Inject
    RefresherScheduler scheduler;

    public Demand demand(String la, String months, UserAccount caller) {
        Validation check = new Validation();
        Integer code = whole(la, "la", check, LocalAuthority.MIN_CODE, LocalAuthority.MAX_CODE,
                "la must be a three-digit DfE local authority code");
        Integer span = whole(months, "months", check, 1, MAX_MONTHS, "months must be a whole number from 1 to " + MAX_MONTHS);
        check.orThrow();
        Optional<Scope> scope = caller.holds(Role.ADMIN) ? Optional.empty() : Optional.of(caller.scope());
        if (code != null) {
            LocalAuthority authority = em.find(LocalAuthority.class, code);
            if (authority == null) {
                throw new NotFound("No local authority with code " + code);
            }
            if (scope.isPresent() && !scope.get().includes(code, authority.getRegion().getName())) {
                throw new Forbidden("Local authority " + code + " is outside your scope");
            }
        }
        int n = span == null ? DEFAULT_MONTHS : span;
        LocalDate asOf = scheduler.today();
        List<DemandRow> rows = queries.demandOver(asOf, n, code, scope);
        return new Demand(asOf, n, rows, rows.stream().mapToLong(DemandRow::places).sum());
    }

    private static Integer whole(String text, String field, Validation check, int min, int max, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            check.require(value >= min && value <= max, field, message);
            return value;
        } catch (NumberFormatException e) {
            check.require(false, field, message);
            return null;
        }
    }
}

package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.DemoWorld;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/**
 * The sign-ins, for the other contexts: the current user, user administration, the coordinators who hear of a
 * school, the trainers a cohort may be led by. The one place that queries accounts.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    /** The sign-in of the person with this email, active or not. */
    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.person.email = :email", UserAccount.class)
                .setParameter("email", Emails.normalise(email))
                .getResultStream().findFirst();
    }

    /** Every active sign-in holding {@code role}, oldest first. */
    public List<UserAccount> active(Role role) {
        return em.createQuery("SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.active = TRUE "
                + "ORDER BY u.id", UserAccount.class).setParameter("role", role).getResultList();
    }

    /**
     * Who records the demo world: its own administrator ({@link DemoWorld#ADMINISTRATOR}), not necessarily the
     * first, since {@code CASCADE_ADMIN_EMAIL} may have made another before the demo loaded.
     */
    public UserAccount demoAdministrator() {
        return byEmail(DemoWorld.ADMINISTRATOR).filter(UserAccount::isActive)
                .orElseGet(() -> active(Role.ADMIN).get(0));
    }

    /** The first {@code max} active sign-ins holding {@code role}, by their holder's name: for a picker. */
    public List<UserAccount> activeByName(Role role, int max) {
        return em.createQuery("SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.active = TRUE "
                + "ORDER BY u.person.name, u.id", UserAccount.class).setParameter("role", role).setMaxResults(max)
                .getResultList();
    }

    /** The ids of the active administrators, locked until the transaction ends, so two demotions cannot race. */
    public List<Long> lockActiveAdministrators() {
        return em.createQuery("SELECT u.id FROM UserAccount u JOIN u.roles r WHERE r = :admin AND u.active = TRUE",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    /** Sign-ins whose holder's name or email contains {@code text}, by name; roles and scope fetched in batches. */
    public Page<UserAccount> page(String text, PageRequest request) {
        String where = " WHERE (:text IS NULL OR LOWER(u.person.name) LIKE :text OR u.person.email LIKE :text)";
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        TypedQuery<UserAccount> items = em.createQuery(
                        "SELECT u FROM UserAccount u JOIN FETCH u.person" + where + " ORDER BY u.person.name, u.id",
                        UserAccount.class)
                .setParameter("text", like)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch", "u.scopeLocalAuthorities")
                .setHint("eclipselink.batch", "u.scopeRegions");
        long total = em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where, Long.class)
                .setParameter("text", like).getSingleResult();
        List<UserAccount> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), total);
    }
}

package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.boundary.SupervisionForms;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/** The list of supervision themes a log picks from: read by everyone, kept by administrators. */
@ApplicationScoped
public class SupervisionThemes {

    static final String AUDIT_THEME = "SupervisionTheme";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    public List<SupervisionTheme> themes(boolean withRetired) {
        return em.createQuery("SELECT t FROM SupervisionTheme t WHERE (:all = TRUE OR t.retired = FALSE) ORDER BY t.name",
                SupervisionTheme.class).setParameter("all", withRetired).getResultList();
    }

    @Transactional
    public SupervisionTheme createTheme(String name, UserAccount caller) {
        requireAdmin(caller);
        Validation check = new Validation();
        SupervisionTheme.checkName(check, name);
        ChildIdentifiers.check(check, "name", "The theme", name, today.date());
        check.orThrow();
        if (named(name.strip()).isPresent()) {
            throw UniqueKeys.duplicate("uk_supervision_theme_name");
        }
        SupervisionTheme theme = new SupervisionTheme(name);
        em.persist(theme);
        em.flush();
        audit.record(AUDIT_THEME, theme.getId(), "CREATED", null, theme.auditState());
        return theme;
    }

    @Transactional
    public SupervisionTheme reviseTheme(long id, SupervisionForms.ThemeForm form, UserAccount caller) {
        requireAdmin(caller);
        SupervisionTheme theme = Optional.ofNullable(em.find(SupervisionTheme.class, id))
                .orElseThrow(() -> new NotFound("No supervision theme with id " + id));
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Versions.require(form.version(), theme.getVersion(), "theme");
        Map<String, Object> before = theme.auditState();
        if (form.name() != null && !form.name().strip().equals(theme.getName())) {
            Validation check = new Validation();
            ChildIdentifiers.check(check, "name", "The theme", form.name(), today.date());
            check.orThrow();
            if (named(form.name().strip()).isPresent()) {
                throw UniqueKeys.duplicate("uk_supervision_theme_name");
            }
            theme.rename(form.name());
        }
        if (Boolean.TRUE.equals(form.retired())) {
            theme.retire();
        } else if (Boolean.FALSE.equals(form.retired())) {
            theme.reinstate();
        }
        em.flush();
        audit.record(AUDIT_THEME, theme.getId(), "REVISED", before, theme.auditState());
        return theme;
    }


    /** The theme of that name, whatever its case. */
    Optional<SupervisionTheme> named(String name) {
        return em.createQuery("SELECT t FROM SupervisionTheme t WHERE LOWER(t.name) = :n", SupervisionTheme.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static void requireAdmin(UserAccount caller) {
        if (!caller.holds(Role.ADMIN)) {
            throw new Forbidden("Only administrators change the list of supervision themes");
        }
    }
}

package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.org.cascade.cohort.control.LearnerEnrolments;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** Which modules have pages (the self-paced ones), and who may author them. */
@ApplicationScoped
public class ModuleAuthors {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerEnrolments enrolments;

    public Module module(long id) {
        Module m = em.find(Module.class, id);
        if (m == null) {
            throw new NotFound("No module with id " + id);
        }
        return m;
    }

    /** The module, refused when it is delivered live: only self-paced modules have pages. */
    public Module selfPaced(long id) {
        Module m = module(id);
        if (m.getMode() != DeliveryMode.SELF_PACED) {
            throw ValidationFailure.of("moduleId", "'" + m.getTitle() + "' is a live module: only self-paced modules have pages");
        }
        return m;
    }

    /** Administrators, and trainers who lead a cohort of the module's programme. */
    public boolean mayAuthor(Module m, UserAccount user) {
        return user.holds(Role.ADMIN) || user.holds(Role.TRAINER)
                && enrolments.leadsCohortOf(m.getProgramme(), user.getPerson().getId());
    }

    public void requireAuthor(Module m, UserAccount user) {
        if (!mayAuthor(m, user)) {
            throw new Forbidden("Only administrators and trainers of " + m.getProgramme().getCode() + " edit its modules");
        }
    }
}

package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Programme;

/**
 * Who holds what on a day, and the cascade rule built on it. A person holds competency C on day D when a
 * COMPETENT sign-off for C, not revoked, runs from on or before D until after D.
 */
@ApplicationScoped
public class Holdings {

    /** The JPQL condition "sign-off {@code s} makes its person hold its competency on {@code :day}". */
    public static final String HELD_ON_DAY = "s.outcome = uk.org.cascade.competency.entity.Outcome.COMPETENT "
            + "AND s.validFrom <= :day AND (s.expiresOn IS NULL OR s.expiresOn > :day) "
            + "AND NOT EXISTS (SELECT r FROM Revocation r WHERE r.signOff = s)";

    /** {@link #HELD_ON_DAY} in SQL: row {@code alias} of {@code sign_off} is held on the SQL expression {@code day}. */
    public static String heldOnDay(String alias, String day) {
        return standing(alias) + " AND " + alias + ".valid_from <= " + day + " AND (" + alias + ".expires_on IS NULL OR "
                + alias + ".expires_on > " + day + ")";
    }

    /** A COMPETENT sign-off that has not been revoked, in SQL: the ones a holding is made of, whatever the day. */
    public static String standing(String alias) {
        return alias + ".outcome = 'COMPETENT' AND NOT EXISTS (SELECT 1 FROM sign_off_revocation " + alias + "r WHERE "
                + alias + "r.sign_off_id = " + alias + ".id)";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Curriculum curriculum;

    public boolean holds(long personId, Competency competency, LocalDate day) {
        return !holders(List.of(personId), competency, day).isEmpty();
    }

    /** Those of {@code personIds} who hold {@code competency} on {@code day}, in one query. */
    public Set<Long> holders(Collection<Long> personIds, Competency competency, LocalDate day) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT DISTINCT s.person.id FROM SignOff s WHERE s.competency = :c "
                        + "AND s.person.id IN :people AND " + HELD_ON_DAY, Long.class)
                .setParameter("c", competency).setParameter("people", List.copyOf(personIds))
                .setParameter("day", day).getResultList());
    }

    /**
     * The cascade rule: to lead a cohort of {@code programme} (or sign off its practitioners) on {@code day},
     * a person must hold the programme's current TRAINER competency that day. A programme without one can
     * be led by nobody.
     */
    public boolean mayLead(long personId, Programme programme, LocalDate day) {
        return curriculum.trainerCompetencyFor(programme).map(c -> holds(personId, c, day)).orElse(false);
    }
}

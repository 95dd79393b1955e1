package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Who has assessed whom: published for supervision, where a person signed off by a supervisor is theirs to see. */
@ApplicationScoped
public class Assessors {

    @PersistenceContext
    EntityManager em;

    /**
     * Whether {@code assessorId} has recorded a sign-off of {@code personId}, whatever its outcome and even if
     * revoked; for a competency about programme {@code programmeId} when it is given, else for any.
     */
    public boolean hasSignedOff(long assessorId, long personId, Long programmeId) {
        return em.createQuery("SELECT COUNT(s) FROM SignOff s WHERE s.person.id = :p AND s.assessor.id = :me "
                        + "AND (:prog IS NULL OR s.competency.programme.id = :prog)", Long.class)
                .setParameter("p", personId).setParameter("me", assessorId).setParameter("prog", programmeId)
                .getSingleResult() > 0;
    }
}

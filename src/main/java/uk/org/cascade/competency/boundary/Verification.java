package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.platform.control.Today;

/**
 * Public checking of a certificate by its verification code: whether it stands, and no more about the
 * person than the certificate itself shows (name, competency, dates).
 */
@ApplicationScoped
public class Verification {

    /** Twelve characters of the unambiguous alphabet the codes are made from (no I, O, 0 or 1). */
    public static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{12}");

    public enum Status {
        VALID,
        EXPIRED,
        REVOKED
    }

    /**
     * What a verifier may know. {@code validUntil} is the last day it counts (null: does not expire);
     * {@code expiredOn} the first day it no longer does.
     */
    public record Verified(Status status, String name, String competency, LocalDate signedOn, LocalDate validUntil,
                           LocalDate expiredOn) {

        public boolean valid() {
            return status == Status.VALID;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Today today;

    /** The code as people type it: spaces dropped, any case. */
    public static Optional<String> normalised(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String bare = code.replace(" ", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }

    /** Empty for a malformed or unknown code; the database is asked only about well-formed ones. */
    public Optional<Verified> check(String code) {
        Optional<String> wellFormed = normalised(code);
        if (wellFormed.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignOff> found = em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.person JOIN FETCH s.competency "
                        + "WHERE s.verificationCode = :code", SignOff.class)
                .setParameter("code", wellFormed.get()).getResultStream().findFirst();
        return found.map(s -> {
            boolean revoked = em.createQuery("SELECT COUNT(r) FROM Revocation r WHERE r.signOff = :s", Long.class)
                    .setParameter("s", s).getSingleResult() > 0;
            LocalDate expires = s.getExpiresOn();
            LocalDate today = this.today.date();
            Status status = revoked ? Status.REVOKED
                    : expires != null && !today.isBefore(expires) ? Status.EXPIRED : Status.VALID;
            return new Verified(status, s.getPerson().getName(), s.getCompetency().getTitle(), s.getSignedOn(),
                    expires == null ? null : expires.minusDays(1), expires);
        });
    }
}

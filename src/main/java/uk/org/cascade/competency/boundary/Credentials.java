package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.competency.control.OpenBadge;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Open Badges 3.0 credentials: one per COMPETENT sign-off that stands, for the holder and whoever may read the
 * sign-off, as JSON or signed (VC-JWT); and the public revocation list their status points at.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    SignOffs signOffs;

    @Inject
    IssuerKeys keys;

    @Inject
    PublicAddress address;

    @Inject
    Today today;

    @PersistenceContext
    EntityManager em;

    /** The credential; 404 outside the caller's reach, 409 when revoked or not competent, 503 without a key. */
    public JsonObject credential(long signOffId, UserAccount caller) {
        SignOff s = signOffs.find(signOffId, caller);
        if (s.getOutcome() != Outcome.COMPETENT || s.getVerificationCode() == null) {
            throw new Conflict("Sign-off " + signOffId + " found the learner not yet competent; it has no credential");
        }
        if (signOffs.revocation(s).isPresent()) {
            throw new Conflict("Sign-off " + signOffId + " was revoked; it has no credential");
        }
        return of(s);
    }

    /** The credential a sign-off has (or had): also what a pasted credential is compared with. */
    JsonObject of(SignOff s) {
        Competency c = s.getCompetency();
        String level = c.getLevel().getLabel();
        return OpenBadge.credential(new OpenBadge.Facts(address.base(), s.getId(), s.getVerificationCode(),
                s.getPerson().getEmail(), keys.identitySalt(s.getId()), c.getCode(), c.getTitle(), level,
                c.getProgramme().getTitle(), narrative(s, c, level), s.getSignedOn(), s.getExpiresOn()));
    }

    /** The credential signed: a compact JWS whose payload is the credential. */
    public String signed(long signOffId, UserAccount caller) {
        return keys.sign(credential(signOffId, caller).toString());
    }

    /** The revocation list as of now, signed: anyone may fetch it. */
    public String statusList() {
        List<Long> revoked = em.createQuery("SELECT r.signOff.id FROM Revocation r", Long.class).getResultList();
        Long highest = em.createQuery("SELECT MAX(s.id) FROM SignOff s", Long.class).getSingleResult();
        return keys.sign(OpenBadge.statusList(address.base(), revoked, highest == null ? 0 : highest, today.date())
                .toString());
    }

    static String narrative(SignOff s, Competency c, String level) {
        String how = s.isExternal()
                ? "Certified by an outside certifying body and recorded in Cascade by an administrator."
                : "Observed and signed off as competent by an assessor who held the authorising competency that day, "
                + "with the evidence recorded; every prerequisite held.";
        String description = c.getDescription() == null || c.getDescription().isBlank() ? ""
                : " " + c.getDescription().strip() + (c.getDescription().strip().endsWith(".") ? "" : ".");
        String validity = c.getValidityMonths() == null ? " It does not expire."
                : " It lasts " + c.getValidityMonths() + " months and is renewed by a new sign-off.";
        return c.getTitle() + ", at " + level.toLowerCase(java.util.Locale.ROOT) + " level." + description + " " + how
                + validity;
    }
}

package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.org.cascade.competency.control.Certificate;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.platform.control.PublicAddress;

/** Certificates of competence: one per COMPETENT sign-off that stands, for whoever may read the sign-off. */
@ApplicationScoped
public class Certificates {

    /** A certificate ready to send, with the code that names its file. */
    public record Issued(String verificationCode, byte[] pdf) {
    }

    @Inject
    SignOffs signOffs;

    @Inject
    PublicAddress address;

    public Issued certificate(long signOffId, UserAccount caller) {
        SignOff s = signOffs.find(signOffId, caller);
        if (s.getOutcome() != Outcome.COMPETENT || s.getVerificationCode() == null) {
            throw new Conflict("Sign-off " + signOffId + " found the learner not yet competent; it has no certificate");
        }
        if (signOffs.revocation(s).isPresent()) {
            throw new Conflict("Sign-off " + signOffId + " was revoked; its certificate is withdrawn");
        }
        // An external certification names the administrator who recorded it, not an assessor who observed it
        Person by = s.isExternal() && s.getRecordedBy() != null ? s.getRecordedBy() : s.getAssessor();
        return new Issued(s.getVerificationCode(), Certificate.pdf(new Certificate.Content(s.getPerson().getName(),
                s.getCompetency().getTitle(), s.getCompetency().getCode(), level(s), s.getCompetency().getProgramme()
                .getTitle(), by.getName(), s.isExternal(), s.getSignedOn(), s.getExpiresOn(), s.getVerificationCode(),
                verifyAddress(s.getVerificationCode()))));
    }

    String verifyAddress(String code) {
        return address.of("/verify/" + code);
    }

    private static String level(SignOff s) {
        String name = s.getCompetency().getLevel().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

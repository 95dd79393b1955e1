package uk.org.cascade.competency.boundary;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;

/** A sign-off as the API shows it, with its revocation when there is one. */
public record SignOffView(long id, long personId, String personName, String competencyCode, String competencyTitle,
                          String level, long assessorId, String assessorName, LocalDate date, String outcome,
                          String evidence, Long cohortId, boolean external, LocalDate validFrom, LocalDate expires,
                          String verificationCode, Instant recordedAt, RevocationView revocation) {

    public record RevocationView(String reason, long revokedById, String revokedBy, Instant revokedAt) {
    }

    public static SignOffView of(SignOff s, Revocation r) {
        return new SignOffView(s.getId(), s.getPerson().getId(), s.getPerson().getName(), s.getCompetency().getCode(),
                s.getCompetency().getTitle(), s.getCompetency().getLevel().name(), s.getAssessor().getId(),
                s.getAssessor().getName(), s.getSignedOn(), s.getOutcome().name(), s.getEvidence(), s.getCohortId(),
                s.isExternal(), s.getValidFrom(), s.getExpiresOn(), r == null ? s.getVerificationCode() : null,
                s.getRecordedAt(), r == null ? null : new RevocationView(r.getReason(), r.getRevokedBy().getId(),
                r.getRevokedBy().getName(), r.getRevokedAt()));
    }
}

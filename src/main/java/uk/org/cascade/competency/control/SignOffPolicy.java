package uk.org.cascade.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.control.ChildIdentifiers;

/**
 * Every rule a sign-off must meet, each a named method, all run by {@link #check}. Each refusal names the
 * rule it breaks, so a trainer knows what to put right.
 */
public final class SignOffPolicy {

    public static final int EVIDENCE_MAX = 4000;

    /** What the rules need to know beyond the proposal itself. */
    public interface Facts {

        boolean holds(long personId, Competency competency, LocalDate day);

        /** The competency an assessor must hold to sign off {@code competency} (the cascade rule). */
        Optional<Competency> authorising(Competency competency);

        /** The day the learner enrolled in the cohort, or empty when they are not in it. */
        Optional<LocalDate> enrolledOn(long cohortId, long learnerId);

        /** The learner's continuous holding of the competency that covers the day, if any. */
        Optional<DateSpan> holding(long learnerId, Competency competency, LocalDate day);
    }

    /** A sign-off as proposed. {@code external}: an administrator recording an outside certification. */
    public record Proposal(long learnerId, Competency competency, long assessorId, String assessorName,
                           boolean assessorIsAdmin, boolean external, LocalDate date, Outcome outcome, String evidence,
                           Long cohortId) {
    }

    private SignOffPolicy() {
    }

    /**
     * A proposal that broke no rule, with the days it is held. Only {@link #approve} makes one, and a
     * {@link SignOff} is made only from one.
     */
    public static final class Approved implements SignOff.Approval {

        private final Proposal proposal;
        private final LocalDate expiresOn;

        private Approved(Proposal proposal, LocalDate expiresOn) {
            this.proposal = proposal;
            this.expiresOn = expiresOn;
        }

        public long learnerId() {
            return proposal.learnerId();
        }

        public long assessorId() {
            return proposal.assessorId();
        }

        @Override
        public Competency competency() {
            return proposal.competency();
        }

        @Override
        public LocalDate signedOn() {
            return proposal.date();
        }

        @Override
        public Outcome outcome() {
            return proposal.outcome();
        }

        @Override
        public String evidence() {
            return proposal.evidence();
        }

        @Override
        public Long cohortId() {
            return proposal.cohortId();
        }

        @Override
        public boolean external() {
            return proposal.external();
        }

        @Override
        public LocalDate validFrom() {
            return proposal.date();
        }

        @Override
        public LocalDate expiresOn() {
            return expiresOn;
        }
    }

    /**
     * The proposal approved, held (when COMPETENT) until the expiry its competency's rule gives it today
     * ({@link Competency#expiryOf}): the sign-off keeps that expiry if the rule changes later. Refused with every
     * broken rule (422) otherwise.
     */
    public static Approved approve(Proposal p, Facts facts, LocalDate today) {
        List<Violation> broken = check(p, facts, today);
        if (!broken.isEmpty()) {
            throw new ValidationFailure(broken);
        }
        LocalDate expires = p.outcome() == Outcome.COMPETENT
                ? p.competency().expiryOf(facts.holding(p.learnerId(), p.competency(), p.date()), p.date()) : null;
        return new Approved(p, expires);
    }

    /** Every broken rule; empty when the sign-off may be recorded. */
    public static List<Violation> check(Proposal p, Facts facts, LocalDate today) {
        List<Violation> broken = new ArrayList<>();
        for (Function<Proposal, Optional<Violation>> rule : List.<Function<Proposal, Optional<Violation>>>of(
                SignOffPolicy::outcomeGiven,
                SignOffPolicy::evidenceGiven,
                q -> evidenceIdentifiesNoChild(q, today),
                SignOffPolicy::assessorIsNotTheLearner,
                q -> dateNotInTheFuture(q, today),
                q -> notBeforeEnrolment(q, facts),
                SignOffPolicy::externalOnlyByAnAdministrator,
                q -> assessorAuthorised(q, facts),
                q -> prerequisitesHeld(q, facts),
                q -> renewalOnlyOnceTheWindowOpens(q, facts))) {
            rule.apply(p).ifPresent(broken::add);
        }
        return broken;
    }

    static Optional<Violation> outcomeGiven(Proposal p) {
        return p.outcome() == null ? refuse("outcome", "outcome must be COMPETENT or NOT_YET_COMPETENT") : ok();
    }

    static Optional<Violation> evidenceGiven(Proposal p) {
        if (p.evidence() == null || p.evidence().isBlank()) {
            return refuse("evidence", "evidence is required: say what the assessment was based on");
        }
        return p.evidence().strip().length() > EVIDENCE_MAX
                ? refuse("evidence", "evidence must be at most " + EVIDENCE_MAX + " characters") : ok();
    }

    /** The evidence describes the assessment, never a child or family seen in it. */
    static Optional<Violation> evidenceIdentifiesNoChild(Proposal p, LocalDate today) {
        return ChildIdentifiers.refusal("evidence", "The evidence", p.evidence(), today);
    }

    static Optional<Violation> assessorIsNotTheLearner(Proposal p) {
        return p.assessorId() == p.learnerId() ? refuse("assessorId", "nobody signs off their own competency") : ok();
    }

    static Optional<Violation> dateNotInTheFuture(Proposal p, LocalDate today) {
        if (p.date() == null) {
            return refuse("date", "date is required (YYYY-MM-DD)");
        }
        return p.date().isAfter(today) ? refuse("date", "the sign-off date " + p.date() + " is in the future") : ok();
    }

    static Optional<Violation> notBeforeEnrolment(Proposal p, Facts facts) {
        if (p.cohortId() == null || p.date() == null) {
            return ok();
        }
        Optional<LocalDate> enrolled = facts.enrolledOn(p.cohortId(), p.learnerId());
        if (enrolled.isEmpty()) {
            return refuse("cohortId", "the learner is not enrolled in cohort " + p.cohortId());
        }
        return p.date().isBefore(enrolled.get()) ? refuse("date", "the sign-off date " + p.date()
                + " is before the learner enrolled in the cohort (" + enrolled.get() + ")") : ok();
    }

    static Optional<Violation> externalOnlyByAnAdministrator(Proposal p) {
        if (!p.external()) {
            return ok();
        }
        if (!p.assessorIsAdmin()) {
            return refuse("external", "only an administrator records an external certification");
        }
        return p.competency() != null && p.competency().getLevel() == Level.PRACTITIONER
                ? refuse("external", "practitioner competencies are signed off by a trainer, never recorded as external")
                : ok();
    }

    /**
     * The cascade rule: a practitioner competency of P needs P's current trainer competency; a trainer or
     * supervisor competency needs that same level held — unless an administrator records it as external.
     */
    static Optional<Violation> assessorAuthorised(Proposal p, Facts facts) {
        if (p.competency() == null || p.date() == null || (p.external() && p.assessorIsAdmin())) {
            return ok();
        }
        Optional<Competency> needed = facts.authorising(p.competency());
        if (needed.isEmpty()) {
            return refuse("assessorId", "nobody can sign off " + p.competency().getCode() + " yet: "
                    + p.competency().getProgramme().getTitle() + " has no trainer competency");
        }
        return facts.holds(p.assessorId(), needed.get(), p.date()) ? ok() : refuse("assessorId", "assessor "
                + p.assessorName() + " does not hold a current " + needed.get().getTitle() + " competency on " + p.date());
    }

    /**
     * The learner holds every prerequisite that day. An external certification is exempt: the certifying body
     * vouched for it, and the cascade's first trainer cannot have been signed off inside Cascade.
     */
    static Optional<Violation> prerequisitesHeld(Proposal p, Facts facts) {
        if (p.competency() == null || p.date() == null || p.outcome() != Outcome.COMPETENT
                || (p.external() && p.assessorIsAdmin())) {
            return ok();
        }
        List<String> missing = p.competency().getPrerequisites().stream()
                .filter(pre -> !facts.holds(p.learnerId(), pre, p.date())).map(Competency::getCode).sorted().toList();
        return missing.isEmpty() ? ok() : refuse("competencyCode", "the learner does not hold the prerequisite "
                + String.join(", ", missing) + " on " + p.date());
    }

    /**
     * A competency still held is renewed only once its refresher window has opened: a second sign-off
     * earlier (a double submission, say) would otherwise add another full validity.
     */
    static Optional<Violation> renewalOnlyOnceTheWindowOpens(Proposal p, Facts facts) {
        if (p.competency() == null || p.date() == null || p.outcome() != Outcome.COMPETENT) {
            return ok();
        }
        Optional<DateSpan> held = facts.holding(p.learnerId(), p.competency(), p.date());
        if (held.isEmpty()) {
            return ok();
        }
        LocalDate until = held.get().until();
        if (until == null) {
            return refuse("competencyCode", "the learner already holds " + p.competency().getTitle()
                    + ", which does not expire");
        }
        LocalDate opens = until.minusDays(p.competency().getRefresherWindowDays());
        return p.date().isBefore(opens) ? refuse("date", "the learner already holds " + p.competency().getTitle()
                + " until " + until.minusDays(1) + "; renewal opens on " + opens) : ok();
    }

    /** How long an assessor may revoke their own sign-off or attach evidence to it; after that only an administrator. */
    public static final java.time.Duration ASSESSOR_MAY_AMEND = java.time.Duration.ofDays(14);

    /**
     * Who may revoke a sign-off or attach evidence to it: an administrator at any time, the assessor within
     * 14 days of recording it.
     */
    public static boolean mayAmend(boolean callerIsAdmin, boolean callerIsAssessor, java.time.Instant recordedAt,
                                    java.time.Instant now) {
        return callerIsAdmin || (callerIsAssessor && now.isBefore(recordedAt.plus(ASSESSOR_MAY_AMEND)));
    }

    private static Optional<Violation> ok() {
        return Optional.empty();
    }

    private static Optional<Violation> refuse(String field, String message) {
        return Optional.of(Violation.field(field, message));
    }
}

package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.competency.control.Holding;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.competency.control.SignOffPolicy;
import uk.org.cascade.competency.control.SignOffPolicy.Proposal;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Recording, revoking and reading sign-offs. The rules are {@link SignOffPolicy}; this service gathers the
 * facts they need, checks who may act on whom, and keeps the record append-only: a mistake is revoked with
 * a reason, never changed.
 */
@ApplicationScoped
public class SignOffs {

    static final String AUDIT_TYPE = "SignOff";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** A sign-off as the API takes it; {@code external} marks an administrator's record of an outside certification. */
    public record SignOffForm(Long personId, String competencyCode, Long assessorId, String date, String outcome,
                              String evidence, Long cohortId, Boolean external) {

        @JsonbCreator
        public SignOffForm {
        }
    }

    /**
     * A competency held on a day: since when (continuously), until when (null: never expires), and the latest
     * sign-off of that holding (its certificate).
     */
    public record Held(Competency competency, LocalDate since, LocalDate expires, long latestSignOffId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Holdings holdings;

    @Inject
    Curriculum curriculum;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    LearnerCohorts cohorts;

    @Inject
    SignOffStatements statements;

    @Transactional
    public SignOff record(SignOffForm form, UserAccount caller) {
        Validation check = new Validation();
        check.require(form.personId() != null, "personId", "personId is required")
                .require(form.assessorId() != null, "assessorId", "assessorId is required");
        Competency competency = curriculum.findCompetency(form.competencyCode()).orElse(null);
        check.require(competency != null, "competencyCode", "there is no competency with code " + form.competencyCode());
        LocalDate date = check.date(form.date(), "date");
        check.require(date != null || (form.date() != null && !form.date().isBlank()), "date", "date is required (YYYY-MM-DD)");
        Outcome outcome = check.choice(Outcome.class, form.outcome(), "outcome", "outcome must be COMPETENT or NOT_YET_COMPETENT");
        check.orThrow();
        Person learner = em.find(Person.class, form.personId(), LockModeType.PESSIMISTIC_WRITE);
        Person assessor = em.find(Person.class, form.assessorId());
        check.require(learner != null, "personId", "there is no person with id " + form.personId())
                .require(assessor != null, "assessorId", "there is no person with id " + form.assessorId());
        check.orThrow();
        boolean admin = caller.holds(Role.ADMIN);
        if (!admin) {
            if (!assessor.getId().equals(caller.getPerson().getId())) {
                throw new Forbidden("You record your own assessments: assessorId must be you");
            }
            if (!leadsACohortOf(caller.getPerson().getId(), learner.getId())) {
                throw new Forbidden(learner.getName() + " is not a learner in any cohort you lead");
            }
        }
        boolean assessorIsAdmin = admin && assessor.getId().equals(caller.getPerson().getId());
        Proposal proposal = new Proposal(learner.getId(), competency, assessor.getId(), assessor.getName(), assessorIsAdmin,
                Boolean.TRUE.equals(form.external()), date, outcome, form.evidence(), form.cohortId());
        SignOff signOff = new SignOff(SignOffPolicy.approve(proposal, facts(), today()), learner, assessor,
                people.of(caller), today.now(), verificationCode());
        em.persist(signOff);
        em.flush();
        audit.record(AUDIT_TYPE, signOff.getId(), "CREATED", null, signOff.auditState());
        statements.recorded(signOff);
        return signOff;
    }

    /**
     * Several learners signed off together (same competency, date, outcome and evidence): all or none. Each
     * refusal is prefixed with the learner's name.
     */
    @Transactional
    public List<SignOff> recordAll(List<SignOffForm> forms, UserAccount caller) {
        if (forms.isEmpty()) {
            throw ValidationFailure.of("personId", "choose at least one learner");
        }
        List<SignOff> recorded = new java.util.ArrayList<>();
        List<uk.org.cascade.platform.Violation> refused = new java.util.ArrayList<>();
        for (SignOffForm form : forms) {
            try {
                recorded.add(record(form, caller));
            } catch (ValidationFailure e) {
                String who = form.personId() == null ? "?" : Optional.ofNullable(em.find(Person.class, form.personId()))
                        .map(Person::getName).orElse("person " + form.personId());
                e.violations().forEach(v -> refused.add(new uk.org.cascade.platform.Violation(v.field(), v.line(),
                        who + ": " + v.message())));
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationFailure(refused);
        }
        return recorded;
    }

    /** Sign-offs recorded in a cohort, newest first, for its trainers' history. */
    public List<SignOff> ofCohort(long cohortId) {
        return em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.person JOIN FETCH s.competency WHERE s.cohortId = :c "
                + "ORDER BY s.recordedAt DESC, s.id DESC", SignOff.class).setParameter("c", cohortId).setMaxResults(500)
                .getResultList();
    }

    /** Takes a sign-off out of every holding from its start; the record and the reason stay. */
    @Transactional
    public SignOff revoke(long id, String reason, UserAccount caller) {
        SignOff signOff = find(id, caller);
        em.lock(signOff.getPerson(), LockModeType.PESSIMISTIC_WRITE);
        if (!SignOffPolicy.mayAmend(caller.holds(Role.ADMIN), signOff.getAssessor().getId().equals(caller.getPerson().getId()),
                signOff.getRecordedAt(), today.now())) {
            throw new Forbidden("A sign-off is revoked by an administrator, or by its assessor within 14 days");
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationFailure.of("reason", "a reason is required: say what was wrong");
        }
        if (reason.strip().length() > 1000) {
            throw ValidationFailure.of("reason", "reason must be at most 1000 characters");
        }
        Validation identifiers = new Validation();
        ChildIdentifiers.check(identifiers, "reason", "The reason", reason, today());
        identifiers.orThrow();
        if (revocation(signOff).isPresent()) {
            throw new Conflict("This sign-off was revoked already");
        }
        em.persist(new Revocation(signOff, reason.strip(), people.of(caller), today.now()));
        em.flush();
        audit.record(AUDIT_TYPE, signOff.getId(), "REVOKED", signOff.auditState(), Map.of("reason", reason.strip()));
        statements.revoked(signOff);
        return signOff;
    }

    /** A sign-off, for those who may read the person's record and for whoever assessed or recorded it; else 404. */
    public SignOff find(long id, UserAccount caller) {
        SignOff signOff = em.find(SignOff.class, id);
        if (signOff == null || !(wrote(signOff, caller) || mayRead(signOff.getPerson().getId(), caller))) {
            throw new NotFound("No sign-off with id " + id);
        }
        return signOff;
    }

    public Optional<Revocation> revocation(SignOff signOff) {
        return em.createQuery("SELECT r FROM Revocation r WHERE r.signOff = :s", Revocation.class)
                .setParameter("s", signOff).getResultStream().findFirst();
    }

    /** What the person holds on {@code day}, each with its continuous start and its expiry. */
    public List<Held> held(long personId, LocalDate day, UserAccount caller) {
        requireReader(personId, caller);
        Map<Competency, List<SignOff>> byCompetency = em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.competency "
                        + "WHERE s.person.id = :p AND s.outcome = uk.org.cascade.competency.entity.Outcome.COMPETENT "
                        + "AND NOT EXISTS (SELECT r FROM Revocation r WHERE r.signOff = s)", SignOff.class)
                .setParameter("p", personId).getResultStream()
                .collect(Collectors.groupingBy(SignOff::getCompetency, LinkedHashMap::new, Collectors.toList()));
        List<Held> held = new java.util.ArrayList<>();
        byCompetency.forEach((competency, list) -> Holding.on(list.stream()
                .map(s -> new DateSpan(s.getValidFrom(), s.getExpiresOn())).toList(), day).ifPresent(span -> {
                    SignOff latest = list.stream().filter(s -> !s.getValidFrom().isBefore(span.from())
                            && !s.getValidFrom().isAfter(day)).max(Comparator.comparing(SignOff::getValidFrom)
                            .thenComparing(SignOff::getId)).orElseThrow();
                    held.add(new Held(competency, span.from(), span.until(), latest.getId()));
                }));
        held.sort(Comparator.comparing(h -> h.competency().getCode()));
        return held;
    }

    /** Every sign-off of the person, newest first, revoked ones included. */
    public List<SignOff> history(long personId, UserAccount caller) {
        requireReader(personId, caller);
        return em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.competency JOIN FETCH s.assessor WHERE s.person.id = :p "
                + "ORDER BY s.signedOn DESC, s.id DESC", SignOff.class).setParameter("p", personId).setMaxResults(500)
                .getResultList();
    }

    /** The revocations among {@code signOffs}, by sign-off id, in one query. */
    public Map<Long, Revocation> revocations(List<SignOff> signOffs) {
        if (signOffs.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM Revocation r WHERE r.signOff IN :s", Revocation.class)
                .setParameter("s", signOffs).getResultStream()
                .collect(Collectors.toMap(r -> r.getSignOff().getId(), r -> r));
    }

    private List<DateSpan> spans(long personId, Competency competency) {
        return em.createQuery("SELECT s FROM SignOff s WHERE s.person.id = :p AND s.competency = :c AND "
                        + "s.outcome = uk.org.cascade.competency.entity.Outcome.COMPETENT "
                        + "AND NOT EXISTS (SELECT r FROM Revocation r WHERE r.signOff = s)", SignOff.class)
                .setParameter("p", personId).setParameter("c", competency).getResultStream()
                .map(s -> new DateSpan(s.getValidFrom(), s.getExpiresOn())).toList();
    }

    private SignOffPolicy.Facts facts() {
        return new SignOffPolicy.Facts() {
            @Override
            public boolean holds(long personId, Competency competency, LocalDate day) {
                return holdings.holds(personId, competency, day);
            }

            @Override
            public Optional<Competency> authorising(Competency competency) {
                return curriculum.signingOffCompetencyFor(competency);
            }

            @Override
            public Optional<LocalDate> enrolledOn(long cohortId, long learnerId) {
                return cohorts.placedSince(cohortId, learnerId);
            }

            @Override
            public Optional<DateSpan> holding(long learnerId, Competency competency, LocalDate day) {
                return Holding.on(spans(learnerId, competency), day);
            }
        };
    }

    /** Its assessor or the person who recorded it: they read what they wrote, whatever became of the cohort since. */
    private static boolean wrote(SignOff signOff, UserAccount caller) {
        Long me = caller.getPerson().getId();
        return me.equals(signOff.getAssessor().getId())
                || (signOff.getRecordedBy() != null && me.equals(signOff.getRecordedBy().getId()));
    }

    /** Administrators, the person themselves, coordinators who reach them, and trainers of their cohorts. */
    private boolean mayRead(long personId, UserAccount caller) {
        if (caller.holds(Role.ADMIN) || caller.getPerson().getId() == personId) {
            return true;
        }
        if (caller.holds(Role.COORDINATOR)) {
            try {
                people.find(personId, People.Reach.of(caller));
                return true;
            } catch (NotFound e) {
                // not theirs; a trainer may still reach them through a cohort
            }
        }
        return leadsACohortOf(caller.getPerson().getId(), personId);
    }

    private void requireReader(long personId, UserAccount caller) {
        if (!mayRead(personId, caller)) {
            throw new NotFound("No person with id " + personId);
        }
    }

    private boolean leadsACohortOf(long trainerId, long learnerId) {
        return cohorts.leadsACohortOf(trainerId, learnerId);
    }

    private LocalDate today() {
        return today.date();
    }

    private static String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return code.toString();
    }
}

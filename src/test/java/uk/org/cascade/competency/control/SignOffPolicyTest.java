package uk.org.cascade.competency.control;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.competency.control.SignOffPolicy.Facts;
import uk.org.cascade.competency.control.SignOffPolicy.Proposal;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.ExpiryBase;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class SignOffPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final long LEARNER = 1;
    private static final long TRAINER = 2;
    private static final long ADMIN = 3;

    private final Programme staff = new Programme("PLCBT-STAFF", "Parent-led CBT — school staff", null, null,
            List.of(new ModuleSpec("Workshop", null, 60, DeliveryMode.IN_PERSON)));
    private final Competency trainer = new Competency("PLCBT-TRAIN", Level.TRAINER, staff,
            details("Parent-led CBT trainer", Set.of()));
    private final Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff,
            details("Parent-led CBT practitioner", Set.of()));
    private final Competency supervisor = new Competency("PLCBT-SUPER", Level.SUPERVISOR, staff,
            details("Parent-led CBT supervisor", Set.of(practitioner)));

    /** Who holds what, on every day: enough for these rules. */
    private final Set<String> holdings = new HashSet<>();
    private Map<Long, LocalDate> enrolled = Map.of(LEARNER, LocalDate.of(2026, 1, 12));

    private final Facts facts = new Facts() {
        @Override
        public boolean holds(long personId, Competency competency, LocalDate day) {
            return holdings.contains(personId + ":" + competency.getCode());
        }

        @Override
        public Optional<Competency> authorising(Competency competency) {
            return Optional.of(competency.getLevel() == Level.PRACTITIONER ? trainer : competency);
        }

        @Override
        public Optional<LocalDate> enrolledOn(long cohortId, long learnerId) {
            return Optional.ofNullable(enrolled.get(learnerId));
        }

        @Override
        public Optional<DateSpan> holding(long learnerId, Competency competency, LocalDate day) {
            return Optional.ofNullable(held.get(learnerId + ":" + competency.getCode()));
        }
    };

    /** The learner's current holdings, by "person:code". */
    private Map<String, DateSpan> held = Map.of();

    private static Competency.Details details(String title, Set<Competency> prerequisites) {
        return new Competency.Details(title, null, 24, null, null, null, prerequisites);
    }

    private List<Violation> check(Competency competency, long assessor, boolean external, LocalDate date, String evidence,
                                  Long cohort) {
        return SignOffPolicy.check(new Proposal(LEARNER, competency, assessor, "Tess Trainer", assessor == ADMIN, external,
                date, Outcome.COMPETENT, evidence, cohort), facts, TODAY);
    }

    private static String messages(List<Violation> violations) {
        return violations.stream().map(Violation::message).toList().toString();
    }

    @Test
    void aTrainerHoldingTheTrainerCompetency_signsOffAPractitioner() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");

        assertEquals(List.of(), check(practitioner, TRAINER, false, TODAY, "Observed two sessions", 7L));
    }

    @Test
    void anAssessorWithoutTheTrainerCompetency_isRefusedByName() {
        List<Violation> broken = check(practitioner, TRAINER, false, TODAY, "Observed", null);

        assertEquals("[assessor Tess Trainer does not hold a current Parent-led CBT trainer competency on 2026-03-04]",
                messages(broken));
    }

    @Test
    void nobodySignsOffThemselves_norInTheFuture_norWithoutEvidence() {
        holdings.add(LEARNER + ":PLCBT-TRAIN");
        List<Violation> broken = SignOffPolicy.check(new Proposal(LEARNER, practitioner, LEARNER, "Me", false, false,
                TODAY.plusDays(1), Outcome.COMPETENT, "  ", null), facts, TODAY);

        String text = messages(broken);
        assertTrue(text.contains("nobody signs off their own competency"), text);
        assertTrue(text.contains("is in the future"), text);
        assertTrue(text.contains("evidence is required"), text);
    }

    @Test
    void aCohortSignOff_isNotDatedBeforeTheEnrolment_andNeedsTheLearnerInTheCohort() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");

        assertTrue(messages(check(practitioner, TRAINER, false, LocalDate.of(2026, 1, 11), "Observed", 7L))
                .contains("before the learner enrolled in the cohort (2026-01-12)"));
        enrolled = Map.of();
        assertTrue(messages(check(practitioner, TRAINER, false, TODAY, "Observed", 7L)).contains("not enrolled in cohort 7"));
    }

    @Test
    void theCascadeRoot_anAdministratorRecordsAnExternalTrainerCertification() {
        assertEquals(List.of(), check(trainer, ADMIN, true, TODAY, "Certificate seen", null));
        assertTrue(messages(check(trainer, ADMIN, false, TODAY, "Certificate seen", null))
                .contains("does not hold a current Parent-led CBT trainer competency"), "not external: the rule applies");
        assertTrue(messages(check(trainer, TRAINER, true, TODAY, "Certificate seen", null))
                .contains("only an administrator records an external certification"));
        assertTrue(messages(check(practitioner, ADMIN, true, TODAY, "Certificate seen", null))
                .contains("never recorded as external"));
    }

    @Test
    void anExternalCertification_needsNoPrerequisiteHeldInCascade() {
        assertEquals(List.of(), check(supervisor, ADMIN, true, TODAY, "Supervisor accreditation seen", null),
                "the first supervisor cannot have been signed off as a practitioner inside Cascade");
    }

    @Test
    void aTrainerCompetency_isSignedOffBySomeoneHoldingThatSameCompetency() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");

        assertEquals(List.of(), check(trainer, TRAINER, false, TODAY, "Teach-back observed", null));
    }

    @Test
    void prerequisitesMustBeHeldOnTheDay() {
        holdings.add(TRAINER + ":PLCBT-SUPER");

        assertTrue(messages(check(supervisor, TRAINER, false, TODAY, "Observed supervision", null))
                .contains("does not hold the prerequisite PLCBT-PRAC on 2026-03-04"));
        holdings.add(LEARNER + ":PLCBT-PRAC");
        assertEquals(List.of(), check(supervisor, TRAINER, false, TODAY, "Observed supervision", null));
    }

    @Test
    void aCompetencyStillHeld_isRenewedOnlyOnceItsRefresherWindowOpens() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");
        held = Map.of(LEARNER + ":PLCBT-PRAC", new DateSpan(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)));

        assertTrue(messages(check(practitioner, TRAINER, false, LocalDate.of(2026, 3, 2), "Observed again", null))
                .contains("already holds Parent-led CBT practitioner until 2026-05-31; renewal opens on 2026-03-03"),
                "90 days before the expiry");
        assertEquals(List.of(), check(practitioner, TRAINER, false, LocalDate.of(2026, 3, 3), "Refresher observed", null));
    }

    @Test
    void theAssessorRevokesWithinFourteenDays_anAdministratorAnyTime() {
        java.time.Instant recorded = java.time.Instant.parse("2026-03-04T10:00:00Z");

        assertTrue(SignOffPolicy.mayAmend(false, true, recorded, recorded.plus(java.time.Duration.ofDays(13))));
        assertTrue(!SignOffPolicy.mayAmend(false, true, recorded, recorded.plus(java.time.Duration.ofDays(14))));
        assertTrue(!SignOffPolicy.mayAmend(false, false, recorded, recorded.plusSeconds(60)), "another trainer never");
        assertTrue(SignOffPolicy.mayAmend(true, false, recorded, recorded.plus(java.time.Duration.ofDays(400))));
    }

    @Test
    void notYetCompetent_needsNoPrerequisites_butStillTheRest() {
        holdings.add(TRAINER + ":PLCBT-SUPER");
        List<Violation> broken = SignOffPolicy.check(new Proposal(LEARNER, supervisor, TRAINER, "Tess", false, false, TODAY,
                Outcome.NOT_YET_COMPETENT, "More practice with exposure planning", null), facts, TODAY);

        assertEquals(List.of(), broken);
    }

    @Test
    void aRefusedProposal_cannotBecomeASignOff() {
        Proposal unauthorised = new Proposal(LEARNER, practitioner, TRAINER, "Tess Trainer", false, false, TODAY,
                Outcome.COMPETENT, "Observed", null);

        ValidationFailure refused = assertThrows(ValidationFailure.class,
                () -> SignOffPolicy.approve(unauthorised, facts, TODAY));
        assertEquals("[assessor Tess Trainer does not hold a current Parent-led CBT trainer competency on 2026-03-04]",
                messages(refused.violations()));
    }

    @Test
    void anApprovedProposal_carriesItsDates_intoTheSignOff() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");
        Person learner = new Person("Lee Learner", "lee@example.org");
        Person trainerPerson = new Person("Tess Trainer", "tess@example.org");

        SignOff first = new SignOff(SignOffPolicy.approve(new Proposal(LEARNER, practitioner, TRAINER, "Tess Trainer",
                false, false, TODAY, Outcome.COMPETENT, " Observed two sessions ", 7L), facts, TODAY),
                learner, trainerPerson, trainerPerson, Instant.parse("2026-03-04T10:00:00Z"), "ABCDEFGHJKLM");
        assertEquals(TODAY, first.getValidFrom());
        assertEquals(LocalDate.of(2028, 3, 4), first.getExpiresOn(), "24 months from its date");
        assertEquals("Observed two sessions", first.getEvidence());
        assertEquals(7L, first.getCohortId());
        assertEquals("ABCDEFGHJKLM", first.getVerificationCode());

        held = Map.of(LEARNER + ":PLCBT-PRAC", new DateSpan(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)));
        SignOffPolicy.Approved renewal = SignOffPolicy.approve(new Proposal(LEARNER, practitioner, TRAINER, "Tess",
                false, false, LocalDate.of(2026, 3, 3), Outcome.COMPETENT, "Refresher observed", null), facts, TODAY);
        assertEquals(LocalDate.of(2026, 3, 3), renewal.validFrom());
        assertEquals(LocalDate.of(2028, 6, 1), renewal.expiresOn(), "a renewal while held runs on from the expiry");

        SignOff notYet = new SignOff(SignOffPolicy.approve(new Proposal(LEARNER, practitioner, TRAINER, "Tess", false,
                false, TODAY, Outcome.NOT_YET_COMPETENT, "More practice", null), facts, TODAY), learner, trainerPerson,
                trainerPerson, Instant.parse("2026-03-04T10:00:00Z"), "ABCDEFGHJKLN");
        assertNull(notYet.getExpiresOn(), "not competent: held on no day");
        assertNull(notYet.getVerificationCode(), "and no certificate to verify");
    }

    @Test
    void aRenewal_isDatedByItsCompetencysExpiryBase_asItStandsWhenTheSignOffIsRecorded() {
        holdings.add(TRAINER + ":PLCBT-TRAIN");
        held = Map.of(LEARNER + ":PLCBT-PRAC", new DateSpan(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)));
        Proposal renewal = new Proposal(LEARNER, practitioner, TRAINER, "Tess", false, false, LocalDate.of(2026, 3, 3),
                Outcome.COMPETENT, "Refresher observed", null);
        SignOffPolicy.Approved underPreviousExpiry = SignOffPolicy.approve(renewal, facts, TODAY);

        practitioner.revise(new Competency.Details("Parent-led CBT practitioner", null, 24, null, null, null, Set.of(),
                new ExpiryRule(ExpiryBase.COMPLETION_DATE, null, null)));
        SignOffPolicy.Approved underCompletionDate = SignOffPolicy.approve(renewal, facts, TODAY);
        practitioner.revise(new Competency.Details("Parent-led CBT practitioner", null, 12, null, null, null, Set.of(),
                new ExpiryRule(ExpiryBase.FIXED_DATE, MonthDay.of(8, 31), 6)));
        SignOffPolicy.Approved underFixedDate = SignOffPolicy.approve(renewal, facts, TODAY);

        assertEquals(LocalDate.of(2028, 6, 1), underPreviousExpiry.expiresOn(), "approved first, it keeps its expiry");
        assertEquals(LocalDate.of(2028, 3, 3), underCompletionDate.expiresOn());
        assertEquals(LocalDate.of(2027, 9, 1), underFixedDate.expiresOn(), "3 March to 31 August is under six months");
    }

    @Test
    void onlyThePolicy_approvesASignOff() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.org.cascade");

        classes().that().implement(SignOff.Approval.class).should().haveFullyQualifiedName(SignOffPolicy.Approved.class.getName())
                .because("a sign-off is made only from a proposal the policy approved").check(main);
        constructors().that().areDeclaredIn(SignOffPolicy.Approved.class).should().bePrivate().check(main);
    }
}

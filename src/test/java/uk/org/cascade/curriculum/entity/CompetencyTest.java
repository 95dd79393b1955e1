package uk.org.cascade.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.cascade.curriculum.entity.ProgrammeTest.programme;
import static uk.org.cascade.curriculum.entity.ProgrammeTest.spec;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.entity.Competency.Details;
import uk.org.cascade.platform.ValidationFailure;

class CompetencyTest {

    private final Programme staff = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED));
    private final Programme trainerCourse = programme("PLCBT-TRAINER", spec("Teaching", 180, DeliveryMode.IN_PERSON));
    private final Programme refresher = programme("PLCBT-REFRESH", spec("Refresh", 120, DeliveryMode.LIVE_ONLINE));

    @Test
    void aPractitionerCompetency_isTaughtByItsOwnProgramme_unlessToldOtherwise() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));
        Competency trainer = new Competency("PLCBT-TRAIN", Level.TRAINER, staff, details(36, null, null));

        assertEquals(staff, practitioner.getTaughtBy());
        assertNull(trainer.getTaughtBy(), "a trainer competency is taught by a trainer course, named explicitly");
        assertEquals(Competency.DEFAULT_REFRESHER_WINDOW_DAYS, practitioner.getRefresherWindowDays());
    }

    @Test
    void aTrainerCompetency_keepsTheTrainerCourseThatTeachesIt() {
        Competency trainer = new Competency("PLCBT-TRAIN", Level.TRAINER, staff, details(36, trainerCourse, null));

        assertEquals(trainerCourse, trainer.getTaughtBy());
        assertEquals(staff, trainer.getProgramme());
    }

    @Test
    void expiryFrom_addsTheValidityInMonths_orNeverExpires() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));
        Competency forever = new Competency("PLCBT-SUPER", Level.SUPERVISOR, staff, details(null, null, null));

        assertEquals(Optional.of(LocalDate.of(2027, 9, 1)), practitioner.expiryFrom(LocalDate.of(2025, 9, 1)));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), practitioner.expiryFrom(LocalDate.of(2024, 2, 29)),
                "a leap-day sign-off runs out on the last day of February");
        assertEquals(Optional.empty(), forever.expiryFrom(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aNewCompetency_renewsFromThePreviousExpiry_unlessToldOtherwise() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));

        assertEquals(ExpiryRule.PREVIOUS, practitioner.getExpiryRule());
        assertEquals("PREVIOUS_EXPIRY", practitioner.auditState().get("expiryBase"));
    }

    @Test
    void aFixedDate_isKeptWithItsDayAndPeriod_andDatesSignOffsFromThen() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));
        ExpiryRule schoolYear = new ExpiryRule(ExpiryBase.FIXED_DATE, MonthDay.of(8, 31), 6);

        practitioner.revise(new Details("Practitioner", null, 12, null, null, null, Set.of(), schoolYear));

        assertEquals(schoolYear, practitioner.getExpiryRule());
        assertEquals("--08-31", practitioner.auditState().get("fixedExpiryDay"));
        assertEquals(6, practitioner.auditState().get("minimumActiveMonths"));
        assertEquals(LocalDate.of(2027, 9, 1), practitioner.expiryOf(Optional.empty(), LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aFixedDate_isRefusedWithoutItsDayAndPeriod_orWithAValidityOtherThan12_leavingTheRuleAsItWas() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));

        ValidationFailure refused = assertThrows(ValidationFailure.class, () -> practitioner.revise(new Details(
                "Practitioner", null, 24, null, null, null, Set.of(), new ExpiryRule(ExpiryBase.FIXED_DATE, null, null))));

        assertEquals(java.util.List.of("fixedExpiryDay", "minimumActiveMonths", "validityMonths"),
                refused.violations().stream().map(v -> v.field()).toList());
        assertEquals(ExpiryRule.PREVIOUS, practitioner.getExpiryRule());
        assertThrows(ValidationFailure.class, () -> new Competency("PLCBT-SUPER", Level.SUPERVISOR, staff, new Details(
                "Supervisor", null, null, null, null, null, Set.of(), new ExpiryRule(ExpiryBase.COMPLETION_DATE, null, null))),
                "a competency that never expires has nothing to renew");
    }

    @Test
    void aPrerequisiteCycle_isRefused() {
        Competency practitioner = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, null));
        Competency trainer = new Competency("PLCBT-TRAIN", Level.TRAINER, staff,
                new Details("Trainer", null, 36, trainerCourse, null, null, Set.of(practitioner)));

        ValidationFailure direct = assertThrows(ValidationFailure.class,
                () -> practitioner.revise(new Details("Practitioner", null, 24, null, null, null, Set.of(trainer))));
        ValidationFailure itself = assertThrows(ValidationFailure.class,
                () -> practitioner.revise(new Details("Practitioner", null, 24, null, null, null, Set.of(practitioner))));

        assertEquals("prerequisites", direct.violations().get(0).field());
        assertTrue(direct.violations().get(0).message().contains("cycle"), direct.getMessage());
        assertEquals("prerequisites", itself.violations().get(0).field());
        assertTrue(practitioner.getPrerequisites().isEmpty(), "a refused revision changes nothing");
    }

    @Test
    void aLongerCycle_throughAnotherCompetency_isRefusedToo() {
        Competency a = new Competency("A-PRAC", Level.PRACTITIONER, staff, details(24, null, null));
        Competency b = new Competency("B-TRAIN", Level.TRAINER, staff,
                new Details("B", null, 36, null, null, null, Set.of(a)));
        Competency c = new Competency("C-SUPER", Level.SUPERVISOR, staff,
                new Details("C", null, 36, null, null, null, Set.of(b)));

        assertThrows(ValidationFailure.class, () -> a.revise(new Details("A", null, 24, null, null, null, Set.of(c))));
    }

    @Test
    void aRefresher_mustBeAnotherProgramme_andOnlyForACompetencyThatExpires() {
        ValidationFailure self = assertThrows(ValidationFailure.class,
                () -> new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, staff)));
        ValidationFailure neverExpires = assertThrows(ValidationFailure.class,
                () -> new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(null, null, refresher)));
        Competency renewed = new Competency("PLCBT-PRAC", Level.PRACTITIONER, staff, details(24, null, refresher));

        assertEquals("refresherProgrammeCode", self.violations().get(0).field());
        assertEquals("refresherProgrammeCode", neverExpires.violations().get(0).field());
        assertEquals(refresher, renewed.getRefresherProgramme());
    }

    @Test
    void badValidityAndWindow_areReported() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> new Competency("PLCBT-PRAC",
                Level.PRACTITIONER, staff, new Details("P", null, 0, null, null, 400, Set.of())));

        assertEquals(java.util.List.of("validityMonths", "refresherWindowDays"),
                failure.violations().stream().map(v -> v.field()).toList());
    }

    private static Details details(Integer validityMonths, Programme taughtBy, Programme refresher) {
        return new Details("A competency", null, validityMonths, taughtBy, refresher, null, Set.of());
    }
}

package uk.org.cascade.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.entity.Person;

class ProgressTest {

    private final Programme programme = new Programme("PLCBT-STAFF", "Parent-led CBT", null, null, List.of(
            new ModuleSpec("Reading", null, 60, DeliveryMode.SELF_PACED),
            new ModuleSpec("Workshop", null, 120, DeliveryMode.IN_PERSON),
            new ModuleSpec("Practice", null, 90, DeliveryMode.LIVE_ONLINE)));
    private final Module reading;
    private final Module workshop;
    private final Module practice;
    private final Cohort cohort;
    private final Session first;
    private final Session second;
    private final Session catchUp;

    ProgressTest() throws Exception {
        List<Module> modules = programme.currentModules();
        reading = withId(modules.get(0), 1L);
        workshop = withId(modules.get(1), 2L);
        practice = withId(modules.get(2), 3L);
        withId(programme, 1L);
        cohort = new Cohort(programme, "Norfolk spring", 12, null, CohortStatus.DRAFT,
                Set.of(new Person("Tess Trainer", "tess@example.org")), Instant.EPOCH);
        first = withId(new Session(cohort, Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"),
                "Norwich", null, Set.of(workshop)), 11L);
        second = withId(new Session(cohort, Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-03-09T12:00:00Z"),
                null, "https://meet.example.org/x", Set.of(practice)), 12L);
        catchUp = withId(new Session(cohort, Instant.parse("2026-03-16T23:30:00Z"), Instant.parse("2026-03-17T01:00:00Z"),
                null, "https://meet.example.org/y", Set.of(workshop, practice)), 13L);
    }

    @Test
    void aLiveModule_isDoneByBeingPresentAtASessionCoveringIt() {
        List<ModuleProgress> progress = Progress.of(programme.currentModules(), List.of(first, second, catchUp),
                Map.of(), Map.of(11L, AttendanceStatus.PRESENT, 12L, AttendanceStatus.EXCUSED));

        assertFalse(progress.get(0).done(), "self-paced work is not attended");
        assertTrue(progress.get(1).done());
        assertEquals(LocalDate.of(2026, 3, 2), progress.get(1).on());
        assertFalse(progress.get(2).done(), "excused is not present");
        assertFalse(Progress.complete(progress));
    }

    @Test
    void everyModuleDone_completesTheEnrolment_onTheLastDay() {
        List<ModuleProgress> progress = Progress.of(programme.currentModules(), List.of(first, second, catchUp),
                Map.of(1L, LocalDate.of(2026, 2, 20)), Map.of(11L, AttendanceStatus.ABSENT, 13L, AttendanceStatus.PRESENT));

        assertTrue(Progress.complete(progress), "the catch-up session covered both live modules");
        assertEquals(LocalDate.of(2026, 3, 16), Progress.completedOn(progress),
                "dated in England: 23:30 UTC on 16 March is still 16 March in GMT");
    }

    @Test
    void aProgrammeWithNothingToDo_isNeverComplete() {
        assertFalse(Progress.complete(List.of()));
    }

    private static <T> T withId(T entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}

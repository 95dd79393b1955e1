package uk.org.cascade.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme.ModuleChange;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class ProgrammeTest {

    @Test
    void aNewProgramme_keepsItsModulesInTheOrderGiven_andDefaultsSupervisionToSixWeeks() {
        Programme programme = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED),
                spec("Model", 120, DeliveryMode.LIVE_ONLINE));

        assertEquals(List.of("Intro", "Model"), titles(programme.currentModules()));
        assertEquals(List.of(1, 2), programme.currentModules().stream().map(Module::getPosition).toList());
        assertEquals(Programme.DEFAULT_SUPERVISION_WEEKS, programme.getSupervisionIntervalWeeks());
    }

    @Test
    void revise_reordersKeptModules_addsNewOnes_andRetiresTheRest() {
        Programme programme = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED),
                spec("Model", 120, DeliveryMode.LIVE_ONLINE), spec("Schools", 60, DeliveryMode.IN_PERSON));
        Module intro = module(programme, 0, 1L);
        Module model = module(programme, 1, 2L);
        Module schools = module(programme, 2, 3L);

        programme.revise("Parent-led CBT", null, 8, List.of(
                new ModuleChange(2L, spec("Model, revised", 150, DeliveryMode.LIVE_ONLINE)),
                new ModuleChange(null, spec("Case practice", 90, DeliveryMode.IN_PERSON)),
                new ModuleChange(1L, spec("Intro", 90, DeliveryMode.SELF_PACED))));

        assertEquals(List.of("Model, revised", "Case practice", "Intro"), titles(programme.currentModules()));
        assertEquals(List.of(1, 2, 3), programme.currentModules().stream().map(Module::getPosition).toList());
        assertEquals(150, model.getMinutes());
        assertTrue(schools.isRetired());
        assertEquals(4, programme.getModules().size(), "a retired module is kept, not deleted");
        assertEquals(schools, programme.getModules().get(3), "retired modules come last");
        assertTrue(!intro.isRetired() && !model.isRetired());
        assertEquals(8, programme.getSupervisionIntervalWeeks());
    }

    @Test
    void revise_refusesAModuleOfAnotherProgramme_orARetiredOne() {
        Programme programme = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED),
                spec("Model", 120, DeliveryMode.LIVE_ONLINE));
        module(programme, 0, 1L);
        module(programme, 1, 2L);
        programme.revise("Staff", null, null, List.of(new ModuleChange(1L, spec("Intro", 90, DeliveryMode.SELF_PACED))));

        ValidationFailure foreign = assertThrows(ValidationFailure.class, () -> programme.revise("Staff", null, null,
                List.of(new ModuleChange(99L, spec("Elsewhere", 30, DeliveryMode.SELF_PACED)))));
        ValidationFailure retired = assertThrows(ValidationFailure.class, () -> programme.revise("Staff", null, null,
                List.of(new ModuleChange(2L, spec("Model", 120, DeliveryMode.LIVE_ONLINE)))));

        assertEquals(List.of("modules[0].id"), fields(foreign));
        assertEquals(List.of("modules[0].id"), fields(retired));
        assertEquals(List.of("Intro"), titles(programme.currentModules()), "a refused revision changes nothing");
    }

    @Test
    void revise_refusesTheSameModuleTwice() {
        Programme programme = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED));
        module(programme, 0, 1L);

        ValidationFailure twice = assertThrows(ValidationFailure.class, () -> programme.revise("Staff", null, null, List.of(
                new ModuleChange(1L, spec("Intro", 90, DeliveryMode.SELF_PACED)),
                new ModuleChange(1L, spec("Intro again", 90, DeliveryMode.SELF_PACED)))));

        assertEquals(List.of("modules[1].id"), fields(twice));
    }

    @Test
    void aProgrammeWithNoModules_isRefused_whenCreatedOrRevised() {
        ValidationFailure created = assertThrows(ValidationFailure.class,
                () -> new Programme("PLCBT-STAFF", "Staff", null, null, List.of()));
        Programme programme = programme("PLCBT-STAFF", spec("Intro", 90, DeliveryMode.SELF_PACED));
        ValidationFailure revised = assertThrows(ValidationFailure.class,
                () -> programme.revise("Staff", null, null, List.of()));

        assertEquals(List.of("modules"), fields(created));
        assertEquals(List.of("modules"), fields(revised));
        assertEquals(1, programme.currentModules().size());
    }

    @Test
    void badMinutesOrMissingMode_areReportedAgainstTheirModule() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> new Programme("PLCBT-STAFF", "Staff", null,
                null, List.of(spec("Intro", 90, DeliveryMode.SELF_PACED), spec("Too long", 0, null),
                        spec("Way too long", Module.MINUTES_MAX + 1, DeliveryMode.IN_PERSON))));

        assertEquals(List.of("modules[1].minutes", "modules[1].mode", "modules[2].minutes"), fields(failure));
    }

    @Test
    void badCodeTitleAndInterval_areAllReportedAtOnce() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> new Programme("plcbt staff", " ", null, 0,
                List.of(spec("Intro", 90, DeliveryMode.SELF_PACED))));

        assertEquals(List.of("code", "title", "supervisionIntervalWeeks"), fields(failure));
    }

    static Programme programme(String code, ModuleSpec... modules) {
        return new Programme(code, "Programme " + code, null, null, new ArrayList<>(List.of(modules)));
    }

    static ModuleSpec spec(String title, Integer minutes, DeliveryMode mode) {
        return new ModuleSpec(title, "outcomes of " + title, minutes, mode);
    }

    /** Gives a module the id the database would, so that revisions can name it. */
    static Module module(Programme programme, int index, long id) {
        Module module = programme.getModules().get(index);
        setId(Module.class, module, id);
        return module;
    }

    static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(List<Module> modules) {
        return modules.stream().map(Module::getTitle).toList();
    }

    private static List<String> fields(ValidationFailure failure) {
        return failure.violations().stream().map(Violation::field).toList();
    }
}

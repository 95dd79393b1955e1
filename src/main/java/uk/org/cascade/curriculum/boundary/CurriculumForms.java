package uk.org.cascade.curriculum.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.platform.Validation;

/** What the API and the admin pages take to define programmes and competencies. */
public final class CurriculumForms {

    private CurriculumForms() {
    }

    /** A programme; on revision the module list is the new list in order (ids for kept modules). */
    public record ProgrammeForm(String code, String title, String description, Integer supervisionIntervalWeeks,
                                List<ModuleForm> modules, Long version) {

        @JsonbCreator
        public ProgrammeForm {
        }
    }

    public record ModuleForm(Long id, String title, String outcomes, Integer minutes, String mode) {

        @JsonbCreator
        public ModuleForm {
        }

        ModuleSpec spec(Validation check, String field) {
            return new ModuleSpec(title, outcomes, minutes, check.choice(DeliveryMode.class, mode, field + ".mode",
                    "mode must be SELF_PACED, LIVE_ONLINE or IN_PERSON"));
        }
    }

    public record CompetencyForm(String code, String title, String description, String level, Integer validityMonths,
                                 String programmeCode, String taughtByProgrammeCode, String refresherProgrammeCode,
                                 Integer refresherWindowDays, List<String> prerequisites, Long version) {

        @JsonbCreator
        public CompetencyForm {
        }

        Level level(Validation check) {
            return check.choice(Level.class, level, "level", "level must be PRACTITIONER, TRAINER or SUPERVISOR");
        }
    }
}

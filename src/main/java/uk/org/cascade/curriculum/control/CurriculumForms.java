package uk.org.cascade.curriculum.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.ExpiryBase;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.Violation;

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

        /**
         * An unknown mode becomes null, which the entity reports together with every other problem of the
         * programme, rather than alone and one request earlier.
         */
        ModuleSpec spec() {
            return new ModuleSpec(title, outcomes, minutes, constant(DeliveryMode.class, mode).orElse(null));
        }
    }

    /**
     * A competency. {@code expiryBase} absent is PREVIOUS_EXPIRY; {@code fixedExpiryDay} is an ISO 8601 day and
     * month, "--08-31" for 31 August.
     */
    public record CompetencyForm(String code, String title, String description, String level, Integer validityMonths,
                                 String programmeCode, String taughtByProgrammeCode, String refresherProgrammeCode,
                                 Integer refresherWindowDays, List<String> prerequisites, String expiryBase,
                                 String fixedExpiryDay, Integer minimumActiveMonths, Long version) {

        @JsonbCreator
        public CompetencyForm {
        }

        Level level(Validation check) {
            return check.choice(Level.class, level, "level", "level must be PRACTITIONER, TRAINER or SUPERVISOR");
        }

        /** The expiry rule as sent; null, with the violation noted, when it names no base or no day. */
        ExpiryRule expiryRule(Validation check) {
            ExpiryBase base = expiryBase == null || expiryBase.isBlank() ? ExpiryBase.PREVIOUS_EXPIRY
                    : check.choice(ExpiryBase.class, expiryBase, "expiryBase",
                            "expiryBase must be PREVIOUS_EXPIRY, COMPLETION_DATE or FIXED_DATE");
            MonthDay day = null;
            if (fixedExpiryDay != null && !fixedExpiryDay.isBlank()) {
                try {
                    day = MonthDay.parse(fixedExpiryDay.strip());
                } catch (DateTimeParseException e) {
                    check.add(Violation.field("fixedExpiryDay", "fixedExpiryDay '" + fixedExpiryDay
                            + "' is not a day of the year in the form --MM-DD, e.g. \"--08-31\" for 31 August"));
                    return null;
                }
            }
            return base == null ? null : new ExpiryRule(base, day, minimumActiveMonths);
        }
    }

    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        if (text != null && !text.isBlank()) {
            try {
                return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // not one of them
            }
        }
        return Optional.empty();
    }
}

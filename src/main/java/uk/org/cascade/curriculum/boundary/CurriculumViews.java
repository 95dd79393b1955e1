package uk.org.cascade.curriculum.boundary;

import java.util.List;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;

/** How the API shows the curriculum. */
public final class CurriculumViews {

    private CurriculumViews() {
    }

    public record ModuleView(long id, int position, String title, String outcomes, int minutes, String mode) {

        static ModuleView of(Module m) {
            return new ModuleView(m.getId(), m.getPosition(), m.getTitle(), m.getOutcomes(), m.getMinutes(),
                    m.getMode().name());
        }
    }

    /** A programme with its current modules, the competencies about it and those completing it gives. */
    public record ProgrammeView(long id, String code, String title, String description, int supervisionIntervalWeeks,
                                List<ModuleView> modules, int totalMinutes, List<String> competencies,
                                List<String> leadsTo, long version) {
    }

    /** {@code fixedExpiryDay}: "--08-31" (ISO 8601 day and month), the last day held each year; FIXED_DATE only. */
    public record CompetencyView(long id, String code, String title, String description, String level,
                                 Integer validityMonths, String programmeCode, String taughtByProgrammeCode,
                                 String refresherProgrammeCode, int refresherWindowDays, List<String> prerequisites,
                                 String expiryBase, String fixedExpiryDay, Integer minimumActiveMonths, long version) {

        public static CompetencyView of(Competency c) {
            ExpiryRule rule = c.getExpiryRule();
            return new CompetencyView(c.getId(), c.getCode(), c.getTitle(), c.getDescription(), c.getLevel().name(),
                    c.getValidityMonths(), c.getProgramme().getCode(), code(c.getTaughtBy()),
                    code(c.getRefresherProgramme()), c.getRefresherWindowDays(),
                    c.getPrerequisites().stream().map(Competency::getCode).sorted().toList(), rule.base().name(),
                    rule.fixedDay() == null ? null : rule.fixedDay().toString(), rule.minimumActiveMonths(),
                    c.getVersion());
        }

        private static String code(Programme p) {
            return p == null ? null : p.getCode();
        }
    }

    static ProgrammeView programme(Programme p, Curriculum curriculum) {
        List<Module> modules = p.currentModules();
        return new ProgrammeView(p.getId(), p.getCode(), p.getTitle(), p.getDescription(), p.getSupervisionIntervalWeeks(),
                modules.stream().map(ModuleView::of).toList(), modules.stream().mapToInt(Module::getMinutes).sum(),
                curriculum.competenciesAbout(p).stream().map(Competency::getCode).toList(),
                curriculum.leadsTo(p).stream().map(Competency::getCode).toList(), p.getVersion());
    }
}

package uk.org.cascade.curriculum.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.curriculum.control.CurriculumForms.ModuleForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;

/**
 * Define or revise one programme: its details and the module list, reordered with move buttons. Nothing is
 * stored until Save, which sends the whole list (kept modules by id) with the version read.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "programme:";

    /** One module as edited on the page; {@code id} is null until a new module is saved. */
    public static class ModuleRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private Long id;
        private String title;
        private String outcomes;
        private Integer minutes;
        private String mode = DeliveryMode.SELF_PACED.name();
        private int number;

        ModuleRow() {
        }

        ModuleRow(Module module) {
            id = module.getId();
            title = module.getTitle();
            outcomes = module.getOutcomes();
            minutes = module.getMinutes();
            mode = module.getMode().name();
        }

        ModuleForm form() {
            return new ModuleForm(id, title, outcomes, minutes, mode);
        }

        /** How buttons and headings name the module: its title, or its place while it has none. */
        public String getName() {
            return title == null || title.isBlank() ? "module " + number : title.strip();
        }

        public int getNumber() {
            return number;
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getOutcomes() {
            return outcomes;
        }

        public void setOutcomes(String outcomes) {
            this.outcomes = outcomes;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }
    }

    /** A competency the page links to. */
    public record CompetencyLink(String code, String title, String level) implements Serializable {

        static CompetencyLink of(Competency c) {
            return new CompetencyLink(c.getCode(), c.getTitle(), c.getLevel().getLabel());
        }
    }

    @Inject
    Curriculum curriculum;

    private String code;
    private boolean existing;
    private String newCode;
    private String title;
    private String description;
    private Integer supervisionIntervalWeeks = Programme.DEFAULT_SUPERVISION_WEEKS;
    private List<ModuleRow> modules = new ArrayList<>();
    private long version;
    private List<CompetencyLink> about = List.of();
    private List<CompetencyLink> leadsTo = List.of();
    private String moved;
    private Integer focusRow;
    private boolean focusUp;

    /** Reads the programme named by the {@code code} parameter; none means a new programme with one blank module. */
    public void load() throws IOException {
        if (code == null || code.isBlank()) {
            modules.add(new ModuleRow());
            renumber();
            return;
        }
        try {
            Programme programme = curriculum.programme(code);
            existing = true;
            title = programme.getTitle();
            description = programme.getDescription();
            supervisionIntervalWeeks = programme.getSupervisionIntervalWeeks();
            modules = new ArrayList<>(programme.currentModules().stream().map(ModuleRow::new).toList());
            version = programme.getVersion();
            about = curriculum.competenciesAbout(programme).stream().map(CompetencyLink::of).toList();
            leadsTo = curriculum.leadsTo(programme).stream().map(CompetencyLink::of).toList();
            renumber();
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    public void moveUp(ModuleRow row) {
        move(row, -1);
    }

    public void moveDown(ModuleRow row) {
        move(row, +1);
    }

    private void move(ModuleRow row, int by) {
        int from = modules.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= modules.size()) {
            return;
        }
        modules.remove(from);
        modules.add(to, row);
        renumber();
        moved = "Moved " + row.getName() + " to position " + (to + 1) + " of " + modules.size() + ".";
        // Keep keyboard focus on the button just pressed, now one row further on.
        focusRow = to;
        focusUp = by < 0;
    }

    public void remove(ModuleRow row) {
        modules.remove(row);
        renumber();
        moved = "Removed " + row.getName() + (row.id == null ? "." : ": it is retired when you save.");
        focusRow = null;
    }

    public void add() {
        modules.add(new ModuleRow());
        renumber();
        moved = "Added module " + modules.size() + ".";
        focusRow = null;
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).number = i + 1;
        }
    }

    public String save() {
        ProgrammeForm form = new ProgrammeForm(existing ? code : newCode, title, description, supervisionIntervalWeeks,
                modules.stream().map(ModuleRow::form).toList(), existing ? version : null);
        try {
            Programme saved = existing ? curriculum.reviseProgramme(code, form) : curriculum.createProgramme(form);
            Messages.done("Programme " + saved.getCode() + (existing ? " saved." : " created."));
            return "/curriculum/programme?faces-redirect=true&code=" + saved.getCode();
        } catch (ValidationFailure e) {
            Messages.show(e, fields());
        } catch (Conflict e) {
            Messages.conflict(e, fields());
        }
        return null;
    }

    /** Where each violation the service can report is shown on the page. */
    private Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>(Map.of("code", FORM + "code", "title", FORM + "title",
                "description", FORM + "description", "supervisionIntervalWeeks", FORM + "weeks"));
        for (int i = 0; i < modules.size(); i++) {
            String row = FORM + "modules:" + i + ":";
            for (String field : List.of("title", "outcomes", "minutes", "mode")) {
                fields.put("modules[" + i + "]." + field, row + field);
            }
        }
        return fields;
    }

    public boolean isNew() {
        return !existing;
    }

    public int getTotalMinutes() {
        return modules.stream().mapToInt(m -> m.minutes == null ? 0 : m.minutes).sum();
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<CompetencyLink> getAbout() {
        return about;
    }

    public List<CompetencyLink> getLeadsTo() {
        return leadsTo;
    }

    public String getMoved() {
        return moved;
    }

    public Integer getFocusRow() {
        return focusRow;
    }

    public boolean isFocusUp() {
        return focusUp;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSupervisionIntervalWeeks() {
        return supervisionIntervalWeeks;
    }

    public void setSupervisionIntervalWeeks(Integer supervisionIntervalWeeks) {
        this.supervisionIntervalWeeks = supervisionIntervalWeeks;
    }

    public long getVersion() {
        return version;
    }
}

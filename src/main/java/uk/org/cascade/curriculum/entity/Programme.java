package uk.org.cascade.curriculum.entity;

import java.io.Serializable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.platform.Validation;

/**
 * A course of training, e.g. "Parent-led CBT for child anxiety — school staff": ordered modules and how
 * often its practitioners must be supervised. Revising it keeps the modules it drops (retired), so a
 * completed enrolment still says what the learner did.
 */
@Entity
@Table(name = "programme")
public class Programme implements Serializable {

    public static final int CODE_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int DEFAULT_SUPERVISION_WEEKS = 6;
    /** Codes are what URLs and sign-off records quote: short, upper-case, no spaces. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "supervision_interval_weeks", nullable = false)
    private int supervisionIntervalWeeks;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Module> modules = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String code, String title, String description, Integer supervisionIntervalWeeks,
                     List<ModuleSpec> modules) {
        Validation check = new Validation();
        checkCode(check, "code", code);
        checkDetails(check, title, description, supervisionIntervalWeeks);
        checkModules(check, modules);
        check.orThrow();
        this.code = code.strip();
        describe(title, description, supervisionIntervalWeeks);
        for (ModuleSpec spec : modules) {
            this.modules.add(new Module(this, this.modules.size() + 1, spec));
        }
    }

    /** A change to the module list: an existing module (by id) revised, or a new one (id null). */
    public record ModuleChange(Long id, ModuleSpec spec) {
    }

    /**
     * Sets title, description, supervision interval and the module list in the given order. Modules left
     * out are retired, not deleted.
     */
    public void revise(String title, String description, Integer supervisionIntervalWeeks, List<ModuleChange> changes) {
        Validation check = new Validation();
        checkDetails(check, title, description, supervisionIntervalWeeks);
        checkModules(check, changes == null ? null : changes.stream().map(ModuleChange::spec).toList());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; changes != null && i < changes.size(); i++) {
            Long id = changes.get(i).id();
            check.require(id == null || activeModule(id) != null, "modules[" + i + "].id",
                    "module " + id + " is not a current module of " + code);
            check.require(id == null || seen.add(id), "modules[" + i + "].id", "module " + id + " is listed twice");
        }
        check.orThrow();
        describe(title, description, supervisionIntervalWeeks);
        List<Module> kept = new ArrayList<>();
        for (ModuleChange change : changes) {
            Module module;
            if (change.id() == null) {
                module = new Module(this, 0, change.spec());
                modules.add(module);
            } else {
                module = activeModule(change.id());
                module.revise(change.spec());
            }
            kept.add(module);
        }
        int position = 1;
        for (Module module : kept) {
            module.moveTo(position++);
        }
        for (Module module : modules) {
            if (!kept.contains(module)) {
                if (!module.isRetired()) {
                    module.retire();
                }
                module.moveTo(position++);
            }
        }
        modules.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
    }

    private void describe(String title, String description, Integer weeks) {
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.supervisionIntervalWeeks = weeks == null ? DEFAULT_SUPERVISION_WEEKS : weeks;
    }

    public static void checkCode(Validation check, String field, String code) {
        check.require(code != null && CODE.matcher(code.strip()).matches(), field,
                "a code is 2 to " + CODE_MAX + " capital letters, digits or hyphens, e.g. PLCBT-STAFF");
    }

    private static void checkDetails(Validation check, String title, String description, Integer weeks) {
        check.require(title != null && !title.isBlank(), "title", "title is required")
                .require(title == null || title.strip().length() <= TITLE_MAX, "title",
                        "title must be at most " + TITLE_MAX + " characters")
                .require(description == null || description.strip().length() <= DESCRIPTION_MAX, "description",
                        "description must be at most " + DESCRIPTION_MAX + " characters")
                .require(weeks == null || (weeks >= 1 && weeks <= 52), "supervisionIntervalWeeks",
                        "supervisionIntervalWeeks must be between 1 and 52");
    }

    private static void checkModules(Validation check, List<ModuleSpec> specs) {
        check.require(specs != null && !specs.isEmpty(), "modules", "a programme needs at least one module");
        for (int i = 0; specs != null && i < specs.size(); i++) {
            if (specs.get(i) == null) {
                check.add(uk.org.cascade.platform.Violation.field("modules[" + i + "]", "a module is required here"));
            } else {
                specs.get(i).check(check, "modules[" + i + "]");
            }
        }
    }

    private Module activeModule(long id) {
        return modules.stream().filter(m -> Objects.equals(m.getId(), id) && !m.isRetired()).findFirst().orElse(null);
    }

    /** The modules a learner takes now, in order. */
    public List<Module> currentModules() {
        return modules.stream().filter(m -> !m.isRetired()).toList();
    }

    /** What the audit trail records of this programme. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("title", title);
        state.put("supervisionIntervalWeeks", supervisionIntervalWeeks);
        state.put("modules", currentModules().stream().map(m -> m.getTitle() + " (" + m.getMode() + ", "
                + m.getMinutes() + " min)").toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getSupervisionIntervalWeeks() {
        return supervisionIntervalWeeks;
    }

    /** Every module ever part of it, retired ones last. */
    public List<Module> getModules() {
        return List.copyOf(modules);
    }

    public long getVersion() {
        return version;
    }
}

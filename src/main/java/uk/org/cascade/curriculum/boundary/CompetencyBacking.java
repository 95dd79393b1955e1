package uk.org.cascade.curriculum.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.ExpiryBase;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;

/** Define or revise one competency: what it is about, how long it lasts, what renews it and what it needs first. */
@Named
@ViewScoped
public class CompetencyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form's words for rules that speak to API clients ("validityMonths … or null"). */
    private static final Map<String, String> WORDING = Map.of(
            "validityMonths", "Enter how many months a sign-off stays valid, from 1 to 240, or leave it empty if it never expires.",
            "refresherWindowDays", "Enter how many days before expiry the refresher window opens, from 1 to 365.",
            "level", "Choose the competency's level.",
            "fixedExpiryDay", "Choose a day and month that every year has, such as 31 August.",
            "minimumActiveMonths", "Enter the minimum active period, from 1 to 11 months.");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("code", "competency:code"), Map.entry("title", "competency:title"),
            Map.entry("description", "competency:description"), Map.entry("level", "competency:level"),
            Map.entry("validityMonths", "competency:validityMonths"),
            Map.entry("programmeCode", "competency:programme"),
            Map.entry("taughtByProgrammeCode", "competency:taughtBy"),
            Map.entry("refresherProgrammeCode", "competency:refresher"),
            Map.entry("refresherWindowDays", "competency:refresherWindowDays"),
            Map.entry("prerequisites", "competency:prerequisites"),
            Map.entry("expiryBase", "competency:expiryBase"), Map.entry("fixedExpiryDay", "competency:fixedDay"),
            Map.entry("minimumActiveMonths", "competency:minimumActiveMonths"));
    private static final List<Month> MONTHS = List.of(Month.values());

    /** A choice in a select: a code and what the page shows for it. */
    public record Option(String code, String label) implements Serializable {
    }

    @Inject
    Curriculum curriculum;

    private String code;
    private boolean existing;
    private String newCode;
    private String title;
    private String description;
    private String level = Level.PRACTITIONER.name();
    private Integer validityMonths;
    private String programmeCode;
    private String taughtByProgrammeCode;
    private String refresherProgrammeCode;
    private Integer refresherWindowDays = Competency.DEFAULT_REFRESHER_WINDOW_DAYS;
    private List<String> prerequisites = new ArrayList<>();
    private String expiryBase = ExpiryBase.PREVIOUS_EXPIRY.name();
    private Integer fixedDay;
    private Integer fixedMonth;
    private Integer minimumActiveMonths;
    private long version;
    private List<Option> programmeOptions;
    private List<Option> competencyOptions;

    /** Reads the competency named by the {@code code} parameter; none means a new one. */
    public void load() throws IOException {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            Competency c = curriculum.competency(code);
            existing = true;
            title = c.getTitle();
            description = c.getDescription();
            level = c.getLevel().name();
            validityMonths = c.getValidityMonths();
            programmeCode = c.getProgramme().getCode();
            taughtByProgrammeCode = c.getTaughtBy() == null ? null : c.getTaughtBy().getCode();
            refresherProgrammeCode = c.getRefresherProgramme() == null ? null : c.getRefresherProgramme().getCode();
            refresherWindowDays = c.getRefresherWindowDays();
            prerequisites = new ArrayList<>(c.getPrerequisites().stream().map(Competency::getCode).sorted().toList());
            ExpiryRule rule = c.getExpiryRule();
            expiryBase = rule.base().name();
            fixedDay = rule.fixedDay() == null ? null : rule.fixedDay().getDayOfMonth();
            fixedMonth = rule.fixedDay() == null ? null : rule.fixedDay().getMonthValue();
            minimumActiveMonths = rule.minimumActiveMonths();
            version = c.getVersion();
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    public String save() {
        CompetencyForm form = new CompetencyForm(existing ? code : newCode, title, description, level, validityMonths,
                programmeCode, blankToNull(taughtByProgrammeCode), blankToNull(refresherProgrammeCode),
                refresherWindowDays, prerequisites, expiryBase, isFixedDate() ? fixedExpiryDay() : null,
                isFixedDate() ? minimumActiveMonths : null, existing ? version : null);
        try {
            Competency saved = existing ? curriculum.reviseCompetency(code, form) : curriculum.createCompetency(form);
            Messages.done("Competency " + saved.getCode() + (existing ? " saved." : " created."));
            return "/curriculum/competencies?faces-redirect=true";
        } catch (ValidationFailure e) {
            Messages.show(e, fields(e), wording());
        } catch (Conflict e) {
            Messages.conflict(e, FIELDS);
        }
        return null;
    }

    /** The fixed fields, and any one prerequisite ("prerequisites[2]") shown against the prerequisites menu. */
    private static Map<String, String> fields(ValidationFailure e) {
        Map<String, String> fields = new HashMap<>(FIELDS);
        e.violations().stream().map(v -> v.field()).filter(Objects::nonNull).filter(f -> f.startsWith("prerequisites["))
                .forEach(f -> fields.put(f, "competency:prerequisites"));
        return fields;
    }

    /**
     * The day and month as the API takes them ("--08-31"); one of them missing is sent as no day, which the rule
     * refuses as missing, and a day the month lacks ("--04-31") as itself, which it refuses as no day of the year.
     */
    private String fixedExpiryDay() {
        return fixedDay == null || fixedMonth == null ? null : String.format("--%02d-%02d", fixedMonth, fixedDay);
    }

    /**
     * With a fixed date, a validity other than 12 is refused in the rule's own plain words, which the general
     * wording for the validity field (1 to 240 months) would hide.
     */
    private Map<String, String> wording() {
        if (!isFixedDate() || validityMonths == null) {
            return WORDING;
        }
        Map<String, String> wording = new HashMap<>(WORDING);
        wording.remove("validityMonths");
        return wording;
    }

    public boolean isFixedDate() {
        return ExpiryBase.FIXED_DATE.name().equals(expiryBase);
    }

    public ExpiryBase[] getExpiryBases() {
        return ExpiryBase.values();
    }

    public List<Integer> getDays() {
        return java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList();
    }

    public List<Month> getMonths() {
        return MONTHS;
    }

    /** "August", for the month menu. */
    public String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isNew() {
        return !existing;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public List<Option> getProgrammeOptions() {
        // Read once per view: Faces calls getters several times per render.
        if (programmeOptions == null) {
            programmeOptions = curriculum.allProgrammes().stream()
                    .map(p -> new Option(p.getCode(), p.getCode() + " – " + p.getTitle())).toList();
        }
        return programmeOptions;
    }

    /** Every other competency, as a possible prerequisite. */
    public List<Option> getCompetencyOptions() {
        if (competencyOptions == null) {
            competencyOptions = curriculum.competencies(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(c -> !c.getCode().equals(code))
                    .map(c -> new Option(c.getCode(), c.getCode() + " – " + c.getTitle())).toList();
        }
        return competencyOptions;
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

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public String getTaughtByProgrammeCode() {
        return taughtByProgrammeCode;
    }

    public void setTaughtByProgrammeCode(String taughtByProgrammeCode) {
        this.taughtByProgrammeCode = taughtByProgrammeCode;
    }

    public String getRefresherProgrammeCode() {
        return refresherProgrammeCode;
    }

    public void setRefresherProgrammeCode(String refresherProgrammeCode) {
        this.refresherProgrammeCode = refresherProgrammeCode;
    }

    public Integer getRefresherWindowDays() {
        return refresherWindowDays;
    }

    public void setRefresherWindowDays(Integer refresherWindowDays) {
        this.refresherWindowDays = refresherWindowDays;
    }

    public List<String> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
    }

    public String getExpiryBase() {
        return expiryBase;
    }

    public void setExpiryBase(String expiryBase) {
        this.expiryBase = expiryBase;
    }

    public Integer getFixedDay() {
        return fixedDay;
    }

    public void setFixedDay(Integer fixedDay) {
        this.fixedDay = fixedDay;
    }

    public Integer getFixedMonth() {
        return fixedMonth;
    }

    public void setFixedMonth(Integer fixedMonth) {
        this.fixedMonth = fixedMonth;
    }

    public Integer getMinimumActiveMonths() {
        return minimumActiveMonths;
    }

    public void setMinimumActiveMonths(Integer minimumActiveMonths) {
        this.minimumActiveMonths = minimumActiveMonths;
    }

    public long getVersion() {
        return version;
    }
}

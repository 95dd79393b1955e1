package uk.org.cascade.supervision.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;
import uk.org.cascade.supervision.control.OverdueList;
import uk.org.cascade.supervision.control.SupervisionPolicy;
import uk.org.cascade.supervision.control.SupervisionThemes;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/**
 * The quick log form: the signed-in supervisor picks one supervisee or several (group supervision in one go).
 * A supervisee working at two schools appears once per school; ticking one says where they practise.
 */
@Named
@ViewScoped
public class LogSupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MINUTES = "Enter how long the supervision took, in minutes: a whole number from "
            + SupervisionPolicy.MINUTES_MIN + " to " + SupervisionPolicy.MINUTES_MAX + ".";
    private static final String FAMILIES = "Enter the number of families discussed: a whole number from 0 to "
            + SupervisionPolicy.FAMILIES_MAX + ".";
    /** The form's words for rules that speak to API clients ("familiesDiscussed is a count…"). */
    private static final Map<String, String> WORDING = Map.of("minutes", MINUTES, "familiesDiscussed", FAMILIES,
            "safeguardingConcern", "Say whether a safeguarding concern was raised.");

    /** A supervisee at a school, as a checkbox: value {@code personId:urn}. */
    public record Candidate(String value, String label, String programme) implements Serializable {
    }

    @Inject
    Today today;

    @Inject
    Supervision supervision;

    @Inject
    OverdueList overdueList;

    @Inject
    SupervisionThemes supervisionThemes;

    @Inject
    CurrentUser currentUser;

    private List<Candidate> candidates;
    private List<String> themeOptions;
    private List<String> chosen = new ArrayList<>();
    private LocalDate date;
    /** Blank: decided by the number of supervisees (one is individual, two or more a group). */
    private String format = "";
    private String mode = "IN_PERSON";
    private Integer minutes = 60;
    private Integer familiesDiscussed = 0;
    private List<String> themes = new ArrayList<>();
    private String themeNotes;
    private String safeguardingConcern = "false";
    private String safeguardingAction;
    private LocalDate nextDate;
    private Long id;
    private Long version;

    @PostConstruct
    void init() {
        date = today.date();
        // Everyone the caller may supervise who practises today: their supervisees, a coordinator's area.
        candidates = new ArrayList<>();
        for (OverdueQuery.Row r : overdueList.overdue(null, null, null, OverdueQuery.Due.ALL, null, currentUser.account(),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            for (OverdueQuery.SchoolRef s : r.schools()) {
                candidates.add(new Candidate(r.personId() + ":" + s.urn(), r.name() + " – " + s.name() + " ("
                        + r.programmeTitle() + ")", r.programmeCode()));
            }
        }
        themeOptions = supervisionThemes.themes(false).stream().map(SupervisionTheme::getName).toList();
    }

    /** With {@code id}: the author's edit of their own log within seven days, the form filled in from it. */
    public void load() throws java.io.IOException {
        if (id == null) {
            return;
        }
        SupervisionLog log;
        try {
            log = supervision.find(id, currentUser.account());
        } catch (uk.org.cascade.platform.NotFound e) {
            Messages.notFound(e);
            return;
        }
        if (!supervision.mayRevise(log, currentUser.account())) {
            Messages.error("Only its author edits a log, within 7 days of recording it: add a correction to it instead");
            id = null;
            return;
        }
        version = log.getVersion();
        date = log.getDate();
        format = log.getFormat().name();
        mode = log.getMode().name();
        minutes = log.getMinutes();
        familiesDiscussed = log.getFamiliesDiscussed();
        themes = new ArrayList<>(log.getThemes().stream().map(SupervisionTheme::getName).toList());
        themeNotes = log.getThemeNotes();
        safeguardingConcern = String.valueOf(log.isSafeguardingConcern());
        safeguardingAction = log.getSafeguardingAction();
        nextDate = log.getNextDate();
        chosen = new ArrayList<>();
        for (var s : log.getSupervisees()) {
            String value = s.getPerson().getId() + ":" + s.getSchool().getUrn();
            chosen.add(value);
            if (candidates.stream().noneMatch(c -> c.value().equals(value))) {
                candidates.add(new Candidate(value, s.getPerson().getName() + " – " + s.getSchool().getName() + " ("
                        + log.getProgramme().getTitle() + ")", log.getProgramme().getCode()));
            }
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public String save() {
        List<Long> supervisees = new ArrayList<>();
        Map<String, Integer> schools = new LinkedHashMap<>();
        List<String> programmes = new ArrayList<>();
        for (String value : chosen) {
            String[] parts = value.split(":");
            long person = Long.parseLong(parts[0]);
            if (supervisees.contains(person)) {
                Messages.field("log:supervisees", "Tick each supervisee once: choose the one school where they practise.");
                return null;
            }
            supervisees.add(person);
            schools.put(parts[0], Integer.valueOf(parts[1]));
            candidates.stream().filter(c -> c.value().equals(value)).findFirst()
                    .ifPresent(c -> programmes.add(c.programme()));
        }
        if (!complete(supervisees.size())) {
            return null;
        }
        String decided = formatFor(format, supervisees.size());
        String programme = programmes.stream().distinct().count() == 1 ? programmes.get(0) : null;
        LogForm form = new LogForm(date == null ? null : date.toString(), currentUser.account().getPerson().getId(),
                supervisees, decided, mode, minutes, familiesDiscussed, themes, Boolean.valueOf(safeguardingConcern),
                safeguardingAction, nextDate == null ? null : nextDate.toString(), themeNotes, programme, schools, version);
        SupervisionLog[] logged = new SupervisionLog[1];
        Long editing = id;
        boolean done = Messages.attempt(() -> logged[0] = editing == null ? supervision.log(form, currentUser.account())
                : supervision.revise(editing, form, currentUser.account()), Map.ofEntries(
                Map.entry("date", "log:date"), Map.entry("supervisees", "log:supervisees"), Map.entry("schools", "log:supervisees"),
                Map.entry("format", "log:format"), Map.entry("mode", "log:mode"), Map.entry("minutes", "log:minutes"),
                Map.entry("familiesDiscussed", "log:families"), Map.entry("themes", "log:themes"),
                Map.entry("themeNotes", "log:themeNotes"), Map.entry("safeguardingConcern", "log:concern"),
                Map.entry("safeguardingAction", "log:action"), Map.entry("nextDate", "log:nextDate"),
                Map.entry("supervisorId", "log:supervisees"), Map.entry("programmeCode", "log:supervisees")), WORDING);
        if (!done) {
            return null;
        }
        if (editing != null) {
            Messages.done("Saved your changes to the log.");
            return "/supervision/supervisees?faces-redirect=true";
        }
        int n = logged[0].getSupervisees().size();
        Messages.done("Logged " + (n == 1 ? "supervision for 1 person." : "group supervision for " + n + " people."));
        return "/supervision/supervisees?faces-redirect=true";
    }

    /** The format said, or when left to the form: individual for one supervisee, group for two or more. */
    static String formatFor(String chosen, int supervisees) {
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return supervisees >= 2 ? "GROUP" : "INDIVIDUAL";
    }

    /** Every missing or contradictory answer, each next to its field, before the supervision rules are asked. */
    private boolean complete(int supervisees) {
        boolean complete = true;
        if (supervisees == 0) {
            Messages.field("log:supervisees", "Choose at least one supervisee.");
            complete = false;
        }
        if (date == null) {
            Messages.field("log:date", "Enter the date of the supervision.");
            complete = false;
        }
        if ("INDIVIDUAL".equals(format) && supervisees >= 2) {
            Messages.field("log:format", "Individual supervision is for one supervisee, and you ticked " + supervisees
                    + ". Choose Group, or tick only one supervisee.");
            complete = false;
        } else if ("GROUP".equals(format) && supervisees == 1) {
            Messages.field("log:format", "Group supervision is for two or more supervisees, and you ticked one. "
                    + "Choose Individual, or tick more supervisees.");
            complete = false;
        }
        if (minutes == null) {
            Messages.field("log:minutes", MINUTES);
            complete = false;
        }
        if (familiesDiscussed == null) {
            Messages.field("log:families", FAMILIES);
            complete = false;
        }
        return complete;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRule() {
        return ChildIdentifiers.RULE;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<String> getThemeOptions() {
        return themeOptions;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getFamiliesDiscussed() {
        return familiesDiscussed;
    }

    public void setFamiliesDiscussed(Integer familiesDiscussed) {
        this.familiesDiscussed = familiesDiscussed;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public String getThemeNotes() {
        return themeNotes;
    }

    public void setThemeNotes(String themeNotes) {
        this.themeNotes = themeNotes;
    }

    public String getSafeguardingConcern() {
        return safeguardingConcern;
    }

    public void setSafeguardingConcern(String safeguardingConcern) {
        this.safeguardingConcern = safeguardingConcern;
    }

    public String getSafeguardingAction() {
        return safeguardingAction;
    }

    public void setSafeguardingAction(String safeguardingAction) {
        this.safeguardingAction = safeguardingAction;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    public void setNextDate(LocalDate nextDate) {
        this.nextDate = nextDate;
    }
}

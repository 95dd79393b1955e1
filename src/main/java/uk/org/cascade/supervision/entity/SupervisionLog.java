package uk.org.cascade.supervision.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.Person;

/**
 * One supervision session: who supervised whom (each supervisee with the school they practised at that
 * day), how, for how long, what was discussed and whether a safeguarding concern was raised. Its author may
 * revise it for {@link #EDITABLE_FOR}; after that it is locked and corrections are appended as notes.
 * The rules a log must meet are {@code SupervisionPolicy}; this class keeps the record consistent.
 */
@Entity
@Table(name = "supervision_log")
public class SupervisionLog {

    public static final Duration EDITABLE_FOR = Duration.ofDays(7);
    public static final int THEME_NOTES_MAX = 1000;
    public static final int ACTION_MAX = 2000;

    /** What a log says, already checked by the policy. {@code supervisees}: person → school practised at. */
    public record Details(LocalDate date, Programme programme, Person supervisor, Map<Person, School> supervisees,
                          Format format, Mode mode, int minutes, int familiesDiscussed, Set<SupervisionTheme> themes,
                          String themeNotes, boolean safeguardingConcern, String safeguardingAction, LocalDate nextDate) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supervisor_id")
    private Person supervisor;

    @OneToMany(mappedBy = "log", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Supervisee> supervisees = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Format format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Mode mode;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "families_discussed", nullable = false)
    private int familiesDiscussed;

    @ManyToMany
    @JoinTable(name = "supervision_log_theme", joinColumns = @JoinColumn(name = "log_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<SupervisionTheme> themes = new LinkedHashSet<>();

    @Column(name = "theme_notes", length = THEME_NOTES_MAX)
    private String themeNotes;

    @Column(name = "safeguarding_concern", nullable = false)
    private boolean safeguardingConcern;

    @Column(name = "safeguarding_action", length = ACTION_MAX)
    private String safeguardingAction;

    @Column(name = "next_date")
    private LocalDate nextDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Person author;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected SupervisionLog() {
    }

    public SupervisionLog(Details details, Person author, Instant recordedAt) {
        this.author = author;
        this.recordedAt = recordedAt;
        apply(details);
    }

    /** The author's revision; the caller has checked {@code SupervisionPolicy.mayRevise}. Supervisees kept keep their row. */
    public void revise(Details details) {
        apply(details);
    }

    private void apply(Details d) {
        this.date = d.date();
        this.programme = d.programme();
        this.supervisor = d.supervisor();
        this.format = d.format();
        this.mode = d.mode();
        this.minutes = d.minutes();
        this.familiesDiscussed = d.familiesDiscussed();
        this.themes.clear();
        this.themes.addAll(d.themes());
        this.themeNotes = blankToNull(d.themeNotes());
        this.safeguardingConcern = d.safeguardingConcern();
        this.safeguardingAction = d.safeguardingConcern() ? blankToNull(d.safeguardingAction()) : null;
        this.nextDate = d.nextDate();
        supervisees.removeIf(s -> d.supervisees().keySet().stream().noneMatch(p -> p.getId().equals(s.getPerson().getId())));
        d.supervisees().forEach((person, school) -> supervisees.stream()
                .filter(s -> s.getPerson().getId().equals(person.getId())).findFirst()
                .ifPresentOrElse(s -> s.moveTo(school), () -> supervisees.add(new Supervisee(this, person, school))));
        supervisees.forEach(Supervisee::follow);
    }

    /** What the audit trail records: no names, only ids, counts and the (already checked) text. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", date.toString());
        state.put("programme", programme.getCode());
        state.put("supervisorId", supervisor.getId());
        state.put("supervisees", supervisees.stream().sorted(Comparator.comparing(s -> s.getPerson().getId()))
                .map(s -> Map.of("personId", s.getPerson().getId(), "schoolUrn", s.getSchool().getUrn())).toList());
        state.put("format", format.name());
        state.put("mode", mode.name());
        state.put("minutes", minutes);
        state.put("familiesDiscussed", familiesDiscussed);
        state.put("themes", themes.stream().map(SupervisionTheme::getName).sorted().toList());
        state.put("themeNotes", themeNotes);
        state.put("safeguardingConcern", safeguardingConcern);
        state.put("safeguardingAction", safeguardingAction);
        state.put("nextDate", nextDate == null ? null : nextDate.toString());
        return state;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Person getSupervisor() {
        return supervisor;
    }

    public List<Supervisee> getSupervisees() {
        return List.copyOf(supervisees);
    }

    public Format getFormat() {
        return format;
    }

    public Mode getMode() {
        return mode;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getFamiliesDiscussed() {
        return familiesDiscussed;
    }

    public List<SupervisionTheme> getThemes() {
        return themes.stream().sorted(Comparator.comparing(SupervisionTheme::getName)).toList();
    }

    public String getThemeNotes() {
        return themeNotes;
    }

    public boolean isSafeguardingConcern() {
        return safeguardingConcern;
    }

    public String getSafeguardingAction() {
        return safeguardingAction;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}

package uk.org.cascade.curriculum.entity;

import java.io.Serializable;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Validation;

/**
 * What a person can be signed off as: P's practitioner, trainer or supervisor competency. It is taught by
 * a programme (P itself, or a trainer course), renewed by a refresher programme, and may require other
 * competencies held first. Its {@link ExpiryRule} dates each sign-off when it is recorded; the sign-off keeps that
 * expiry, so a change of rule applies only to sign-offs recorded after it.
 */
@Entity
@Table(name = "competency")
public class Competency implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int DEFAULT_REFRESHER_WINDOW_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Programme.CODE_MAX)
    private String code;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    /** Null: it never expires. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    /** The programme it is about. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    /** The course whose completion earns it: the programme itself, or a trainer course. */
    @ManyToOne
    @JoinColumn(name = "taught_by_id")
    private Programme taughtBy;

    @ManyToOne
    @JoinColumn(name = "refresher_programme_id")
    private Programme refresherProgramme;

    @Column(name = "refresher_window_days", nullable = false)
    private int refresherWindowDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "expiry_base", nullable = false, length = 20)
    private ExpiryBase expiryBase = ExpiryBase.PREVIOUS_EXPIRY;

    /** FIXED_DATE only: the last day held each year. */
    @Column(name = "fixed_expiry_month")
    private Integer fixedExpiryMonth;

    @Column(name = "fixed_expiry_day")
    private Integer fixedExpiryDay;

    @Column(name = "minimum_active_months")
    private Integer minimumActiveMonths;

    @ManyToMany
    @JoinTable(name = "competency_prerequisite", joinColumns = @JoinColumn(name = "competency_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Competency> prerequisites = new HashSet<>();

    @Version
    private long version;

    protected Competency() {
    }

    public Competency(String code, Level level, Programme programme, Details details) {
        Validation check = new Validation();
        Programme.checkCode(check, "code", code);
        check.require(level != null, "level", "level must be PRACTITIONER, TRAINER or SUPERVISOR")
                .require(programme != null, "programmeCode", "programmeCode must name a programme");
        details.check(check, code, programme);
        check.orThrow();
        this.code = code.strip();
        this.level = level;
        this.programme = programme;
        apply(details);
    }

    /** Everything about a competency that may change after it is created; no expiry rule means PREVIOUS_EXPIRY. */
    public record Details(String title, String description, Integer validityMonths, Programme taughtBy,
                          Programme refresherProgramme, Integer refresherWindowDays, Set<Competency> prerequisites,
                          ExpiryRule expiry) {

        public Details {
            expiry = expiry == null ? ExpiryRule.PREVIOUS : expiry;
        }

        public Details(String title, String description, Integer validityMonths, Programme taughtBy,
                       Programme refresherProgramme, Integer refresherWindowDays, Set<Competency> prerequisites) {
            this(title, description, validityMonths, taughtBy, refresherProgramme, refresherWindowDays, prerequisites,
                    ExpiryRule.PREVIOUS);
        }

        void check(Validation check, String code, Programme programme) {
            check.require(title != null && !title.isBlank(), "title", "title is required")
                    .require(title == null || title.strip().length() <= TITLE_MAX, "title",
                            "title must be at most " + TITLE_MAX + " characters")
                    .require(description == null || description.strip().length() <= DESCRIPTION_MAX, "description",
                            "description must be at most " + DESCRIPTION_MAX + " characters")
                    .require(validityMonths == null || (validityMonths >= 1 && validityMonths <= 240), "validityMonths",
                            "validityMonths must be between 1 and 240, or null for a competency that never expires")
                    .require(refresherWindowDays == null || (refresherWindowDays >= 1 && refresherWindowDays <= 365),
                            "refresherWindowDays", "refresherWindowDays must be between 1 and 365")
                    .require(refresherProgramme == null || programme == null || refresherProgramme != programme,
                            "refresherProgrammeCode", "a competency cannot be renewed by the programme it is about")
                    .require(refresherProgramme == null || validityMonths != null, "refresherProgrammeCode",
                            "only a competency that expires needs a refresher programme");
            expiry.check(check, validityMonths);
            for (Competency prerequisite : prerequisites) {
                check.require(!prerequisite.code.equals(code) && !prerequisite.requires(code), "prerequisites",
                        prerequisite.code + " cannot be a prerequisite of " + code + ": that would make a cycle");
            }
        }
    }

    public void revise(Details details) {
        Validation check = new Validation();
        details.check(check, code, programme);
        check.orThrow();
        apply(details);
    }

    private void apply(Details details) {
        this.title = details.title().strip();
        this.description = details.description() == null || details.description().isBlank() ? null
                : details.description().strip();
        this.validityMonths = details.validityMonths();
        // A practitioner competency is what completing its own programme gives, unless told otherwise.
        this.taughtBy = details.taughtBy() != null ? details.taughtBy() : level == Level.PRACTITIONER ? programme : null;
        this.refresherProgramme = details.refresherProgramme();
        this.refresherWindowDays = details.refresherWindowDays() == null ? DEFAULT_REFRESHER_WINDOW_DAYS
                : details.refresherWindowDays();
        this.prerequisites.clear();
        this.prerequisites.addAll(details.prerequisites());
        ExpiryRule rule = details.expiry();
        this.expiryBase = rule.base();
        this.fixedExpiryMonth = rule.fixedDay() == null ? null : rule.fixedDay().getMonthValue();
        this.fixedExpiryDay = rule.fixedDay() == null ? null : rule.fixedDay().getDayOfMonth();
        this.minimumActiveMonths = rule.minimumActiveMonths();
    }

    /** Whether this competency needs {@code other}, directly or through its prerequisites. */
    boolean requires(String other) {
        Deque<Competency> todo = new ArrayDeque<>(prerequisites);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Competency next = todo.pop();
            if (next.code.equals(other)) {
                return true;
            }
            if (seen.add(next.code)) {
                todo.addAll(next.prerequisites);
            }
        }
        return false;
    }

    /**
     * When a COMPETENT sign-off on {@code signedOn} runs out (exclusive), given the learner's holding that covers
     * that day; null when it never does.
     */
    public LocalDate expiryOf(Optional<DateSpan> heldThatDay, LocalDate signedOn) {
        return getExpiryRule().expiry(heldThatDay, signedOn, validityMonths);
    }

    /** When a first sign-off, held nowhere before, on {@code from} runs out (exclusive), or empty when it never does. */
    public Optional<LocalDate> expiryFrom(LocalDate from) {
        return Optional.ofNullable(expiryOf(Optional.empty(), from));
    }

    public ExpiryRule getExpiryRule() {
        return new ExpiryRule(expiryBase, fixedExpiryMonth == null ? null : MonthDay.of(fixedExpiryMonth, fixedExpiryDay),
                minimumActiveMonths);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("title", title);
        state.put("level", level.name());
        state.put("programme", programme.getCode());
        state.put("validityMonths", validityMonths);
        state.put("taughtBy", taughtBy == null ? null : taughtBy.getCode());
        state.put("refresherProgramme", refresherProgramme == null ? null : refresherProgramme.getCode());
        state.put("refresherWindowDays", refresherWindowDays);
        state.put("expiryBase", expiryBase.name());
        state.put("fixedExpiryDay", fixedExpiryMonth == null ? null : MonthDay.of(fixedExpiryMonth, fixedExpiryDay).toString());
        state.put("minimumActiveMonths", minimumActiveMonths);
        state.put("prerequisites", prerequisites.stream().map(Competency::getCode).sorted().toList());
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

    public Level getLevel() {
        return level;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Programme getTaughtBy() {
        return taughtBy;
    }

    public Programme getRefresherProgramme() {
        return refresherProgramme;
    }

    public int getRefresherWindowDays() {
        return refresherWindowDays;
    }

    public Set<Competency> getPrerequisites() {
        return Set.copyOf(prerequisites);
    }

    public long getVersion() {
        return version;
    }
}

package uk.org.cascade.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.Validation;

/** A meeting of a cohort: when, where (a place or an online link), and which live modules it covers. */
@Entity
@Table(name = "cohort_session")
public class Session {

    public static final int LOCATION_MAX = 300;
    public static final int LINK_MAX = 500;
    static final Duration LONGEST = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = LOCATION_MAX)
    private String location;

    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @ManyToMany
    @JoinTable(name = "session_module", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "module_id"))
    private Set<Module> modules = new HashSet<>();

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Session() {
    }

    public Session(Cohort cohort, Instant startsAt, Instant endsAt, String location, String onlineLink, Set<Module> modules) {
        this.cohort = cohort;
        plan(startsAt, endsAt, location, onlineLink, modules);
    }

    /** Sets time, place and modules; every problem is reported at once. */
    public void plan(Instant startsAt, Instant endsAt, String location, String onlineLink, Set<Module> modules) {
        Validation check = new Validation();
        check.require(startsAt != null, "start", "start is required (ISO-8601, e.g. 2026-03-04T09:30:00Z)")
                .require(endsAt != null, "end", "end is required (ISO-8601, e.g. 2026-03-04T12:30:00Z)");
        if (startsAt != null && endsAt != null) {
            check.require(endsAt.isAfter(startsAt), "end", "end must be after start")
                    .require(!endsAt.isAfter(startsAt.plus(LONGEST)), "end", "a session lasts at most 12 hours");
        }
        boolean hasPlace = location != null && !location.isBlank();
        boolean hasLink = onlineLink != null && !onlineLink.isBlank();
        check.require(hasPlace || hasLink, "location", "give a place, an online link, or both")
                .require(!hasPlace || location.strip().length() <= LOCATION_MAX, "location",
                        "location must be at most " + LOCATION_MAX + " characters")
                .require(!hasLink || (onlineLink.strip().startsWith("https://") && onlineLink.strip().length() <= LINK_MAX
                        && !onlineLink.strip().contains(" ")), "onlineLink",
                        "onlineLink must be an https:// address of at most " + LINK_MAX + " characters");
        for (Module module : modules) {
            check.require(module.getProgramme().getId().equals(cohort.getProgramme().getId()) && !module.isRetired(),
                    "moduleIds", "module " + module.getId() + " is not a current module of " + cohort.getProgramme().getCode())
                    .require(module.getMode().isLive(), "moduleIds",
                            "module '" + module.getTitle() + "' is self-paced: learners complete it themselves");
        }
        check.orThrow();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = hasPlace ? location.strip() : null;
        this.onlineLink = hasLink ? onlineLink.strip() : null;
        this.modules.clear();
        this.modules.addAll(modules);
        // A moved session deserves a fresh reminder.
        this.remindedAt = null;
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public boolean covers(Module module) {
        return modules.contains(module);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    /** Where it happens, for people: the place, the link, or both. */
    public String getWhere() {
        return location == null ? onlineLink : onlineLink == null ? location : location + " / " + onlineLink;
    }

    /** The modules it covers, in programme order. */
    public List<Module> getModules() {
        return modules.stream().sorted(Comparator.comparingInt(Module::getPosition)).toList();
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}

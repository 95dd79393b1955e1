package uk.org.cascade.cohort.entity;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Validation;

/**
 * One delivery of a programme by its lead trainers, for a local authority (or anyone, when none), with a
 * fixed number of places. Who may lead it (the cascade rule) is decided by the service holding this cohort's row
 * lock; the cohort guards its own shape and status, and whether a place is free.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int TITLE_MAX = 200;
    public static final int CAPACITY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private int capacity;

    @ManyToOne
    @JoinColumn(name = "la_code")
    private LocalAuthority localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> leadTrainers = new HashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.PERSIST)
    @OrderBy("startsAt")
    private List<Session> sessions = new ArrayList<>();

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(Programme programme, String title, Integer capacity, LocalAuthority localAuthority,
                  CohortStatus status, Set<Person> leadTrainers, Instant createdAt) {
        Validation check = new Validation();
        checkDetails(check, title, capacity, leadTrainers);
        check.require(status == CohortStatus.DRAFT || status == CohortStatus.OPEN, "status",
                "a new cohort is DRAFT or OPEN");
        check.orThrow();
        this.programme = programme;
        this.status = status;
        this.createdAt = createdAt;
        describe(title, capacity, localAuthority, leadTrainers);
    }

    private static void checkDetails(Validation check, String title, Integer capacity, Set<Person> trainers) {
        check.require(title != null && !title.isBlank(), "title", "title is required")
                .require(title == null || title.strip().length() <= TITLE_MAX, "title",
                        "title must be at most " + TITLE_MAX + " characters")
                .require(capacity != null && capacity >= 1 && capacity <= CAPACITY_MAX, "capacity",
                        "capacity must be between 1 and " + CAPACITY_MAX)
                .require(trainers != null && !trainers.isEmpty(), "leadTrainerIds", "a cohort needs at least one lead trainer");
    }

    /**
     * Title, places, local authority and trainers. Fewer places than are taken would push people out, so
     * that is refused.
     */
    public void revise(String title, Integer capacity, LocalAuthority localAuthority, Set<Person> leadTrainers,
                       long placesTaken) {
        Validation check = new Validation();
        checkDetails(check, title, capacity, leadTrainers);
        check.require(capacity == null || capacity >= placesTaken, "capacity",
                placesTaken + " places are taken: capacity cannot go below that");
        check.orThrow();
        requireNotClosed();
        describe(title, capacity, localAuthority, leadTrainers);
    }

    private void describe(String title, Integer capacity, LocalAuthority localAuthority, Set<Person> trainers) {
        this.title = title.strip();
        this.capacity = capacity;
        this.localAuthority = localAuthority;
        this.leadTrainers.clear();
        this.leadTrainers.addAll(trainers);
    }

    /** Moves to {@code next} when the life cycle allows; opening needs a session to enrol for. */
    public void moveTo(CohortStatus next) {
        if (next == null || !status.next().contains(next)) {
            throw new Conflict("A " + status.name() + " cohort cannot become " + next + "; it can become "
                    + (status.next().isEmpty() ? "nothing else" : status.next()));
        }
        if (next == CohortStatus.OPEN && sessions.isEmpty()) {
            throw new Conflict("Add at least one session before opening the cohort for enrolment");
        }
        this.status = next;
    }

    public void add(Session session) {
        requireNotClosed();
        sessions.add(session);
        sessions.sort((a, b) -> a.getStartsAt().compareTo(b.getStartsAt()));
    }

    public void remove(Session session) {
        requireNotClosed();
        sessions.remove(session);
    }

    public void requireNotClosed() {
        if (status.isClosed()) {
            throw new Conflict("This cohort is " + status.name() + ": it can no longer change");
        }
    }

    /** Whether one more person gets a place, with {@code placesTaken} places already given. */
    public boolean admits(long placesTaken) {
        return freePlaces(placesTaken) > 0;
    }

    /** Places left, with {@code placesTaken} given; never negative, even if more were given than there are now. */
    public long freePlaces(long placesTaken) {
        return Math.max(0, capacity - placesTaken);
    }

    public boolean isLedBy(long personId) {
        return leadTrainers.stream().anyMatch(p -> p.getId() == personId);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("programme", programme.getCode());
        state.put("title", title);
        state.put("capacity", capacity);
        state.put("localAuthority", localAuthority == null ? null : localAuthority.getCode());
        state.put("status", status.name());
        state.put("leadTrainerIds", leadTrainers.stream().map(Person::getId).sorted().toList());
        state.put("sessions", sessions.size());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Person> getLeadTrainers() {
        return Set.copyOf(leadTrainers);
    }

    public List<Session> getSessions() {
        return List.copyOf(sessions);
    }

    public long getVersion() {
        return version;
    }
}

package uk.org.cascade.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.Module;

/**
 * One learner's way through one self-paced module: the content version they are on, where they stopped (page and
 * scroll position), the pages they have opened, time spent, and when they passed.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress {

    /** A gap longer than this between two signs of life is a break, not reading time. */
    public static final Duration IDLE = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_version_id")
    private ContentVersion contentVersion;

    @Column(name = "current_page", nullable = false)
    private int currentPage = 1;

    @Column(name = "scroll_position", nullable = false)
    private int scrollPosition;

    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "passed_at")
    private Instant passedAt;

    @jakarta.persistence.Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_page_view", joinColumns = @JoinColumn(name = "progress_id"))
    @Column(name = "page_id")
    private Set<Long> viewedPages = new HashSet<>();

    protected ModuleProgress() {
    }

    public ModuleProgress(Enrolment enrolment, Module module, ContentVersion contentVersion, Instant now) {
        this.enrolment = enrolment;
        this.module = module;
        this.contentVersion = contentVersion;
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    /** Opens a page (1-based) of the learner's version: remembered as where they are, and as read. */
    public void open(ModulePage page, int scroll, Instant now) {
        tick(now);
        this.currentPage = page.getPosition();
        this.scrollPosition = Math.max(0, scroll);
        viewedPages.add(page.getId());
    }

    /** Where on the current page they have scrolled to. */
    public void scrolled(int scroll, Instant now) {
        tick(now);
        this.scrollPosition = Math.max(0, scroll);
    }

    /** Adds the time since the last sign of life, unless it was a break. */
    public void tick(Instant now) {
        Duration since = Duration.between(lastSeenAt, now);
        if (!since.isNegative() && since.compareTo(IDLE) <= 0) {
            secondsSpent += (int) since.toSeconds();
        }
        lastSeenAt = now;
    }

    /** Moves them to a newer version whose change the author marked as needing a restart. */
    public void restartOn(ContentVersion newer, Instant now) {
        this.contentVersion = newer;
        this.currentPage = 1;
        this.scrollPosition = 0;
        this.viewedPages.clear();
        this.lastSeenAt = now;
    }

    public void passed(Instant at) {
        if (passedAt == null) {
            passedAt = at;
        }
    }

    /** Every page of their version opened at least once. */
    public boolean hasReadEverything() {
        return contentVersion.getPages().stream().allMatch(p -> viewedPages.contains(p.getId()));
    }

    public int pagesRead() {
        return (int) contentVersion.getPages().stream().filter(p -> viewedPages.contains(p.getId())).count();
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Module getModule() {
        return module;
    }

    public ContentVersion getContentVersion() {
        return contentVersion;
    }

    public int getCurrentPage() {
        return currentPage;
    }

    public int getScrollPosition() {
        return scrollPosition;
    }

    public int getSecondsSpent() {
        return secondsSpent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getPassedAt() {
        return passedAt;
    }

    public Set<Long> getViewedPages() {
        return viewedPages;
    }
}

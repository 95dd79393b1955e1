package uk.org.cascade.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.Conflict;

/**
 * One numbered version of a module's pages and knowledge check. Without {@code publishedAt} it is the author's
 * draft and may change; once published it never changes again, so a learner always reads what they started.
 */
@Entity
@Table(name = "module_content_version")
public class ContentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "requires_restart", nullable = false)
    private boolean requiresRestart;

    /** Percentage needed to pass the check; null when the module has no check. */
    @Column(name = "pass_mark")
    private Integer passMark;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @jakarta.persistence.Version
    private long version;

    @OneToMany(mappedBy = "contentVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ModulePage> pages = new ArrayList<>();

    @OneToMany(mappedBy = "contentVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected ContentVersion() {
    }

    public ContentVersion(Module module, int number, Instant createdAt) {
        this.module = module;
        this.number = number;
        this.createdAt = createdAt;
    }

    /** A draft that starts as a copy of {@code from}: its pages, resources and questions. */
    public static ContentVersion draftFrom(ContentVersion from, int number, Instant createdAt) {
        ContentVersion draft = new ContentVersion(from.module, number, createdAt);
        draft.passMark = from.passMark;
        for (ModulePage p : from.pages) {
            draft.pages.add(p.copyInto(draft));
        }
        for (Question q : from.questions) {
            draft.questions.add(q.copyInto(draft));
        }
        return draft;
    }

    private void requireDraft() {
        if (isPublished()) {
            throw new Conflict("Version " + number + " is published and can no longer change: edit the draft instead");
        }
    }

    /** Replaces the pages' text and video, keeping the resources of pages that stay (matched by position). */
    public void revise(List<ModulePage.Content> newPages, Integer passMark, List<Question.Content> newQuestions) {
        requireDraft();
        List<ModulePage> kept = new ArrayList<>();
        for (int i = 0; i < newPages.size(); i++) {
            ModulePage page = i < pages.size() ? pages.get(i) : new ModulePage(this, i + 1);
            page.revise(i + 1, newPages.get(i));
            kept.add(page);
        }
        pages.clear();
        pages.addAll(kept);
        this.passMark = newQuestions.isEmpty() ? null : passMark;
        questions.clear();
        for (int i = 0; i < newQuestions.size(); i++) {
            questions.add(new Question(this, i + 1, newQuestions.get(i)));
        }
    }

    public void publish(Instant at, boolean restart) {
        requireDraft();
        this.publishedAt = at;
        this.requiresRestart = restart;
    }

    /** The draft takes over the number of a published version nobody has started, which is then removed. */
    public void renumber(int newNumber) {
        requireDraft();
        this.number = newNumber;
    }

    public ModulePage page(int position) {
        return pages.stream().filter(p -> p.getPosition() == position).findFirst().orElseThrow(
                () -> new uk.org.cascade.platform.NotFound("No page " + position + " in this module"));
    }

    public boolean hasCheck() {
        return passMark != null && !questions.isEmpty();
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Module getModule() {
        return module;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isRequiresRestart() {
        return requiresRestart;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public long getVersion() {
        return version;
    }

    public List<ModulePage> getPages() {
        return pages;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}

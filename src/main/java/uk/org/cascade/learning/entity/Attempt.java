package uk.org.cascade.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One go at a knowledge check, kept as it was: score, time and the answers chosen. Append-only. */
@Entity
@Table(name = "module_attempt")
public class Attempt {

    /** The answers chosen for one question (ids, comma-separated) and whether that was right. */
    @Embeddable
    public static class Given {

        @Column(name = "question_id", nullable = false, updatable = false)
        private long questionId;

        @Column(nullable = false, updatable = false, length = 500)
        private String chosen;

        @Column(nullable = false, updatable = false)
        private boolean correct;

        protected Given() {
        }

        public Given(long questionId, String chosen, boolean correct) {
            this.questionId = questionId;
            this.chosen = chosen;
            this.correct = correct;
        }

        public long getQuestionId() {
            return questionId;
        }

        public String getChosen() {
            return chosen;
        }

        public boolean isCorrect() {
            return correct;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "progress_id", updatable = false)
    private ModuleProgress progress;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_version_id", updatable = false)
    private ContentVersion contentVersion;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_attempt_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    private List<Given> answers = new ArrayList<>();

    protected Attempt() {
    }

    public Attempt(ModuleProgress progress, int score, int total, boolean passed, List<Given> answers, Instant at) {
        this.progress = progress;
        this.contentVersion = progress.getContentVersion();
        this.score = score;
        this.total = total;
        this.passed = passed;
        this.answers = new ArrayList<>(answers);
        this.submittedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getScore() {
        return score;
    }

    public int getTotal() {
        return total;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Given> getAnswers() {
        return answers;
    }
}

package uk.org.cascade.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer to a question, with the author's feedback saying why it is right or wrong. */
@Entity
@Table(name = "module_answer")
public class Answer {

    public static final int TEXT_MAX = 500;
    public static final int FEEDBACK_MAX = 1000;

    public record Content(String text, boolean correct, String feedback) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean correct;

    @Column(length = FEEDBACK_MAX)
    private String feedback;

    protected Answer() {
    }

    Answer(Question question, int position, Content content) {
        this.question = question;
        this.position = position;
        this.text = content.text();
        this.correct = content.correct();
        this.feedback = content.feedback();
    }

    Content content() {
        return new Content(text, correct, feedback);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getFeedback() {
        return feedback;
    }
}

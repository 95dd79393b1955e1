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
import java.util.ArrayList;
import java.util.List;

/** A multiple-choice question of a knowledge check: one or more answers are correct, each answer has feedback. */
@Entity
@Table(name = "module_question")
public class Question {

    public static final int TEXT_MAX = 1000;

    /** A question as the author wrote it. */
    public record Content(String text, List<Answer.Content> answers) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_version_id", updatable = false)
    private ContentVersion contentVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Answer> answers = new ArrayList<>();

    protected Question() {
    }

    Question(ContentVersion contentVersion, int position, Content content) {
        this.contentVersion = contentVersion;
        this.position = position;
        this.text = content.text();
        for (int i = 0; i < content.answers().size(); i++) {
            answers.add(new Answer(this, i + 1, content.answers().get(i)));
        }
    }

    Question copyInto(ContentVersion draft) {
        return new Question(draft, position, new Content(text, answers.stream().map(Answer::content).toList()));
    }

    /** More than one answer is correct: the learner picks every one of them. */
    public boolean isMultiple() {
        return answers.stream().filter(Answer::isCorrect).count() > 1;
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

    public List<Answer> getAnswers() {
        return answers;
    }
}

package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.learning.control.ModuleForms.AnswerForm;
import uk.org.cascade.learning.control.ModuleForms.QuestionForm;
import uk.org.cascade.learning.entity.Answer;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.Question;

/** The author page's knowledge-check section: the draft's pass mark, questions and answers as edited. */
@Named
@ViewScoped
public class DraftCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static class AnswerEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean correct;
        private String feedback;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }
    }

    public static class QuestionEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private List<AnswerEdit> answers = new ArrayList<>();

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<AnswerEdit> getAnswers() {
            return answers;
        }
    }

    private Integer passMark;
    private List<QuestionEdit> questions = new ArrayList<>();

    /** The draft's check as saved; 80% is offered as the pass mark of a new check. */
    void fill(ContentVersion d) {
        passMark = d.getPassMark() == null ? 80 : d.getPassMark();
        questions = new ArrayList<>();
        for (Question q : d.getQuestions()) {
            QuestionEdit e = new QuestionEdit();
            e.text = q.getText();
            for (Answer a : q.getAnswers()) {
                AnswerEdit ae = new AnswerEdit();
                ae.text = a.getText();
                ae.correct = a.isCorrect();
                ae.feedback = a.getFeedback();
                e.answers.add(ae);
            }
            questions.add(e);
        }
    }

    /** No questions: no check, and no pass mark. */
    Integer passMarkToSave() {
        return questions.isEmpty() ? null : passMark;
    }

    List<QuestionForm> forms() {
        return questions.stream().map(q -> new QuestionForm(q.text, q.answers.stream()
                .map(a -> new AnswerForm(a.text, a.correct, a.feedback)).toList())).toList();
    }

    public void addQuestion() {
        QuestionEdit q = new QuestionEdit();
        q.answers.add(new AnswerEdit());
        q.answers.add(new AnswerEdit());
        questions.add(q);
    }

    public void removeQuestion(int index) {
        questions.remove(index);
    }

    public void addAnswer(QuestionEdit q) {
        q.answers.add(new AnswerEdit());
    }

    public void removeAnswer(QuestionEdit q, int index) {
        if (q.answers.size() > 2) {
            q.answers.remove(index);
        }
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public List<QuestionEdit> getQuestions() {
        return questions;
    }
}

package uk.org.cascade.learning.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/** What authors and learners send; missing lists read as empty. */
public final class ModuleForms {

    private ModuleForms() {
    }

    /** The whole draft at once: pages in order, and the check (no questions: no check). */
    public record DraftForm(List<PageForm> pages, Integer passMark, List<QuestionForm> questions) {

        @JsonbCreator
        public DraftForm {
            pages = pages == null ? List.of() : pages;
            questions = questions == null ? List.of() : questions;
        }
    }

    public record PageForm(String title, String html, String videoUrl) {

        @JsonbCreator
        public PageForm {
        }
    }

    public record QuestionForm(String text, List<AnswerForm> answers) {

        @JsonbCreator
        public QuestionForm {
            answers = answers == null ? List.of() : answers;
        }
    }

    public record AnswerForm(String text, Boolean correct, String feedback) {

        @JsonbCreator
        public AnswerForm {
        }

        public boolean isRight() {
            return Boolean.TRUE.equals(correct);
        }
    }

    /** {requiresRestart}: learners part-way through move to the new version from page one. */
    public record PublishForm(Boolean requiresRestart) {

        @JsonbCreator
        public PublishForm {
        }
    }

    /** A learner opens a page (1-based) or reports where they scrolled to on it. */
    public record VisitForm(Long enrolmentId, Integer page, Integer scroll) {

        @JsonbCreator
        public VisitForm {
        }
    }

    /** Answers to a check: for each question the answer ids chosen. */
    public record AttemptForm(Long enrolmentId, List<Given> answers) {

        @JsonbCreator
        public AttemptForm {
            answers = answers == null ? List.of() : answers;
        }
    }

    public record Given(Long questionId, List<Long> answerIds) {

        @JsonbCreator
        public Given {
            answerIds = answerIds == null ? List.of() : answerIds;
        }
    }
}

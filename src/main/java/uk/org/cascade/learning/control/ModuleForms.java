package uk.org.cascade.learning.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import uk.org.cascade.platform.Validation;

/** What authors and learners send; the API refuses a body that leaves out one of its lists ({@code requireLists}). */
public final class ModuleForms {

    private ModuleForms() {
    }

    /** The whole draft at once: pages in order, and the check (no questions: no check). */
    public record DraftForm(List<PageForm> pages, Integer passMark, List<QuestionForm> questions) {

        @JsonbCreator
        public DraftForm {
        }

        /** The draft is replaced as a whole: without its pages or questions it would be emptied. */
        public void requireLists() {
            new Validation().present(pages, "pages").present(questions, "questions").orThrow();
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
        }

        /** Unanswered questions count as wrong, so a missing list is refused rather than scored as a blank sheet. */
        public void requireLists() {
            Validation check = new Validation().present(answers, "answers");
            for (int i = 0; answers != null && i < answers.size(); i++) {
                if (answers.get(i) != null) {
                    check.present(answers.get(i).answerIds(), "answers[" + i + "].answerIds");
                }
            }
            check.orThrow();
        }
    }

    public record Given(Long questionId, List<Long> answerIds) {

        @JsonbCreator
        public Given {
        }
    }
}

package uk.org.cascade.learning.control;

import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.learning.control.ModuleForms.AnswerForm;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.learning.control.ModuleForms.PageForm;
import uk.org.cascade.learning.control.ModuleForms.QuestionForm;
import uk.org.cascade.learning.entity.Answer;
import uk.org.cascade.learning.entity.ModulePage;
import uk.org.cascade.learning.entity.Question;
import uk.org.cascade.platform.Validation;

/**
 * What an author may save as a draft: checked field by field (every fault named at once), the html sanitised, and
 * only allow-listed videos taken.
 */
public record DraftContent(List<ModulePage.Content> pages, Integer passMark, List<Question.Content> questions) {

    static final int MAX_PAGES = 50;
    static final int MAX_QUESTIONS = 50;
    static final int MAX_ANSWERS = 10;

    /** The draft's content, or a {@code ValidationFailure} naming each field at fault. */
    public static DraftContent of(DraftForm form) {
        form.requireLists();
        Validation check = new Validation();
        check.require(form.pages().size() <= MAX_PAGES, "pages", "a module has at most " + MAX_PAGES + " pages");
        List<ModulePage.Content> pages = new ArrayList<>();
        for (int i = 0; i < form.pages().size(); i++) {
            PageForm p = form.pages().get(i);
            String field = "pages[" + i + "]";
            if (p == null) {
                check.require(false, field, "a page is missing");
                continue;
            }
            pages.add(page(p, field, check));
        }
        List<Question.Content> questions = new ArrayList<>();
        check.require(form.questions().size() <= MAX_QUESTIONS, "questions", "a check has at most " + MAX_QUESTIONS + " questions");
        for (int i = 0; i < form.questions().size(); i++) {
            QuestionForm q = form.questions().get(i);
            String field = "questions[" + i + "]";
            if (q == null) {
                check.require(false, field, "a question is missing");
                continue;
            }
            questions.add(question(q, field, check));
        }
        check.require(questions.isEmpty() || form.passMark() != null && form.passMark() >= 1 && form.passMark() <= 100,
                "passMark", "a check needs a pass mark between 1 and 100 (per cent)");
        check.orThrow();
        return new DraftContent(pages, form.passMark(), questions);
    }

    private static ModulePage.Content page(PageForm p, String field, Validation check) {
        String title = p.title() == null ? "" : p.title().strip();
        check.require(!title.isEmpty(), field + ".title", "every page needs a title")
                .require(title.length() <= ModulePage.TITLE_MAX, field + ".title",
                        "a page title must be at most " + ModulePage.TITLE_MAX + " characters");
        String html = PageHtml.sanitise(p.html());
        check.require(html.length() <= ModulePage.HTML_MAX, field + ".html", "the page text is too long");
        String video = p.videoUrl() == null || p.videoUrl().isBlank() ? null : p.videoUrl().strip();
        check.require(video == null || video.length() <= ModulePage.VIDEO_MAX && VideoLinks.parse(video).isPresent(),
                field + ".videoUrl", "videos must be an https link to YouTube or Vimeo (we host no video ourselves)");
        return new ModulePage.Content(title, html, video);
    }

    private static Question.Content question(QuestionForm q, String field, Validation check) {
        String text = q.text() == null ? "" : q.text().strip();
        check.require(!text.isEmpty(), field + ".text", "every question needs its text")
                .require(text.length() <= Question.TEXT_MAX, field + ".text",
                        "a question must be at most " + Question.TEXT_MAX + " characters")
                .require(q.answers().size() >= 2 && q.answers().size() <= MAX_ANSWERS, field + ".answers",
                        "a question needs between 2 and " + MAX_ANSWERS + " answers")
                .require(q.answers().stream().anyMatch(a -> a != null && a.isRight()), field + ".answers",
                        "mark at least one answer as correct");
        List<Answer.Content> answers = new ArrayList<>();
        for (int j = 0; j < q.answers().size(); j++) {
            AnswerForm a = q.answers().get(j);
            String af = field + ".answers[" + j + "]";
            String at = a == null || a.text() == null ? "" : a.text().strip();
            String fb = a == null || a.feedback() == null || a.feedback().isBlank() ? null : a.feedback().strip();
            check.require(!at.isEmpty(), af + ".text", "every answer needs its text")
                    .require(at.length() <= Answer.TEXT_MAX, af + ".text", "an answer must be at most " + Answer.TEXT_MAX + " characters")
                    .require(fb == null || fb.length() <= Answer.FEEDBACK_MAX, af + ".feedback",
                            "feedback must be at most " + Answer.FEEDBACK_MAX + " characters");
            answers.add(new Answer.Content(at, a != null && a.isRight(), fb));
        }
        return new Question.Content(text, answers);
    }
}

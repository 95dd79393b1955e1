package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.learning.control.KnowledgeChecks;
import uk.org.cascade.learning.control.ModuleForms.AttemptForm;
import uk.org.cascade.learning.control.ModuleForms.Given;
import uk.org.cascade.learning.control.ModuleViews.AttemptView;
import uk.org.cascade.learning.control.ModuleViews.OptionView;
import uk.org.cascade.learning.control.ModuleViews.PagesView;
import uk.org.cascade.learning.control.ModuleViews.QuestionView;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The reading page's knowledge check: the learner's answer sheets, then the marked attempt with the author's
 * feedback on every answer chosen. The module and place are {@link ModuleReaderBacking}'s.
 */
@Named
@ViewScoped
public class KnowledgeCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One question's answer as the learner fills it in. */
    public static class Sheet implements Serializable {

        private static final long serialVersionUID = 1L;
        private final QuestionView question;
        private final int number;
        private String single;
        /** Objects: Faces converts a List's items by the type of the options' values, here Long ids. */
        private List<Serializable> many = new ArrayList<>();

        Sheet(QuestionView question, int number) {
            this.question = question;
            this.number = number;
        }

        public QuestionView getQuestion() {
            return question;
        }

        public int getNumber() {
            return number;
        }

        public List<OptionView> getOptions() {
            return question.answers();
        }

        public String getSingle() {
            return single;
        }

        public void setSingle(String single) {
            this.single = single;
        }

        public List<Serializable> getMany() {
            return many;
        }

        public void setMany(List<Serializable> many) {
            this.many = many == null ? new ArrayList<>() : many;
        }

        Given given() {
            List<Long> ids = question.multiple() ? many.stream().map(o -> Long.valueOf(String.valueOf(o))).toList()
                    : single == null || single.isBlank() ? List.of() : List.of(Long.valueOf(single));
            return new Given(question.id(), ids);
        }
    }

    @Inject
    KnowledgeChecks checks;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleReaderBacking reader;

    /** Null until the check is first shown: the sheets follow the questions (shuffled) of the pages loaded. */
    private List<Sheet> sheets;
    private AttemptView result;

    private void newSheets() {
        List<Sheet> fresh = new ArrayList<>();
        PagesView content = reader.getContent();
        if (content != null && content.check() != null) {
            List<QuestionView> questions = content.check().questions();
            for (int i = 0; i < questions.size(); i++) {
                fresh.add(new Sheet(questions.get(i), i + 1));
            }
        }
        sheets = fresh;
        result = null;
    }

    public void submit() {
        try {
            result = checks.attempt(reader.getModule(), new AttemptForm(reader.getEnrolment(),
                    getSheets().stream().map(Sheet::given).toList()), currentUser.account()).view();
            reader.refresh();
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        } catch (Conflict | NotFound e) {
            Messages.error(e.getMessage());
        }
    }

    public void tryAgain() {
        reader.refresh();
        newSheets();
    }

    public List<Sheet> getSheets() {
        if (sheets == null) {
            newSheets();
        }
        return sheets;
    }

    public AttemptView getResult() {
        return result;
    }
}

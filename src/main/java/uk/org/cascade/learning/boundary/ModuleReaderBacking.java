package uk.org.cascade.learning.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.learning.control.KnowledgeChecks;
import uk.org.cascade.learning.control.ModuleForms.AttemptForm;
import uk.org.cascade.learning.control.ModuleForms.Given;
import uk.org.cascade.learning.control.ModuleForms.VisitForm;
import uk.org.cascade.learning.control.ModuleReading;
import uk.org.cascade.learning.control.ModuleViews.AttemptView;
import uk.org.cascade.learning.control.ModuleViews.OptionView;
import uk.org.cascade.learning.control.ModuleViews.PageView;
import uk.org.cascade.learning.control.ModuleViews.PagesView;
import uk.org.cascade.learning.control.ModuleViews.QuestionView;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The reading view of a self-paced module: one page at a time, resuming where the learner stopped, then the
 * knowledge check with the author's feedback on every answer chosen.
 */
@Named
@ViewScoped
public class ModuleReaderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One question's answer as the learner fills it in. */
    public static class Sheet implements Serializable {

        private static final long serialVersionUID = 1L;
        private final QuestionView question;
        private final int number;
        private String single;
        /** Objects: Faces converts a List's items by the type of the options' values, here Long ids. */
        private List<Object> many = new ArrayList<>();

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

        public List<Object> getMany() {
            return many;
        }

        public void setMany(List<Object> many) {
            this.many = many == null ? new ArrayList<>() : many;
        }

        Given given() {
            List<Long> ids = question.multiple() ? many.stream().map(o -> Long.valueOf(String.valueOf(o))).toList()
                    : single == null || single.isBlank() ? List.of() : List.of(Long.valueOf(single));
            return new Given(question.id(), ids);
        }
    }

    @Inject
    transient ModuleReading reading;

    @Inject
    transient KnowledgeChecks checks;

    @Inject
    transient CurrentUser currentUser;

    private Long module;
    private Long enrolment;
    private Integer page;
    private boolean check;

    private PagesView content;
    private PageView current;
    private int resumeScroll;
    private String state;
    private List<Sheet> sheets = List.of();
    private AttemptView result;

    public void load() throws IOException {
        if (module == null) {
            Messages.notFound(new NotFound("No module given"));
            return;
        }
        try {
            ModuleProgress progress = reading.start(module, enrolment, currentUser.account());
            enrolment = progress.getEnrolment().getId();
            int total = progress.getContentVersion().getPages().size();
            boolean resuming = page == null && !check;
            int at = page == null ? progress.getCurrentPage() : Math.max(1, Math.min(page, total));
            if (!check) {
                ModuleProgress seen = reading.visit(module, new VisitForm(enrolment, at,
                        resuming ? progress.getScrollPosition() : 0), currentUser.account());
                resumeScroll = resuming ? seen.getScrollPosition() : 0;
            }
            page = at;
            refresh();
            if (check) {
                newSheets();
            }
        } catch (NotFound e) {
            Messages.notFound(e);
        } catch (ValidationFailure e) {
            Messages.notFound(new NotFound(e.getMessage()));
        }
    }

    private void refresh() {
        content = reading.pages(module, false, currentUser.account());
        current = content.pages().stream().filter(p -> p.position() == page).findFirst()
                .orElse(content.pages().isEmpty() ? null : content.pages().get(0));
        state = content.progress() == null ? "NOT_STARTED" : content.progress().state();
    }

    private void newSheets() {
        List<Sheet> fresh = new ArrayList<>();
        if (content.check() != null) {
            List<QuestionView> questions = content.check().questions();
            for (int i = 0; i < questions.size(); i++) {
                fresh.add(new Sheet(questions.get(i), i + 1));
            }
        }
        sheets = fresh;
        result = null;
    }

    /** Where the learner has scrolled to on this page, sent by the page's script now and then. */
    public void saveScroll() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            int scroll = Integer.parseInt(params.getOrDefault("scroll", "0"));
            reading.visit(module, new VisitForm(enrolment, page, Math.max(0, scroll)), currentUser.account());
        } catch (NumberFormatException | ValidationFailure | NotFound | Conflict e) {
            // A lost scroll position only costs the learner a scroll; never an error on screen.
        }
    }

    public void submit() {
        try {
            result = checks.attempt(module, new AttemptForm(enrolment, sheets.stream().map(Sheet::given).toList()),
                    currentUser.account()).view();
            refresh();
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        } catch (Conflict | NotFound e) {
            Messages.error(e.getMessage());
        }
    }

    public void tryAgain() {
        refresh();
        newSheets();
    }

    public boolean isLastPage() {
        return content != null && page != null && page >= content.pages().size();
    }

    public boolean isHasCheck() {
        return content != null && content.check() != null;
    }

    public boolean isFinished() {
        return "PASSED".equals(state) || "COMPLETED".equals(state);
    }


    public Long getModule() {
        return module;
    }

    public void setModule(Long module) {
        this.module = module;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public boolean isCheck() {
        return check;
    }

    public void setCheck(boolean check) {
        this.check = check;
    }

    public PagesView getContent() {
        return content;
    }

    public PageView getCurrent() {
        return current;
    }

    public int getResumeScroll() {
        return resumeScroll;
    }

    public List<Sheet> getSheets() {
        return sheets;
    }

    public AttemptView getResult() {
        return result;
    }

    public String getState() {
        return state;
    }
}

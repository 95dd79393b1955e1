package uk.org.cascade.learning.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import uk.org.cascade.learning.control.ModuleForms.VisitForm;
import uk.org.cascade.learning.control.ModuleReading;
import uk.org.cascade.learning.control.ModuleViews.PageView;
import uk.org.cascade.learning.control.ModuleViews.PagesView;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The reading view of a self-paced module: one page at a time, resuming where the learner stopped. The knowledge
 * check on the same page is {@link KnowledgeCheckBacking}'s.
 */
@Named
@ViewScoped
public class ModuleReaderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleReading reading;

    @Inject
    CurrentUser currentUser;

    private Long module;
    private Long enrolment;
    private Integer page;
    private boolean check;

    private PagesView content;
    private PageView current;
    private int resumeScroll;
    private String state;

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
        } catch (NotFound e) {
            Messages.notFound(e);
        } catch (ValidationFailure e) {
            Messages.notFound(new NotFound(e.getMessage()));
        }
    }

    /** The pages again from the service, as the learner's state may have moved on (a check passed). */
    void refresh() {
        content = reading.pages(module, false, currentUser.account());
        current = content.pages().stream().filter(p -> p.position() == page).findFirst()
                .orElse(content.pages().isEmpty() ? null : content.pages().get(0));
        state = content.progress() == null ? "NOT_STARTED" : content.progress().state();
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

    public String getState() {
        return state;
    }
}

package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import uk.org.cascade.learning.control.ModuleDrafts;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.learning.control.ModuleVersions;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The author page's draft as a whole: which module, what learners read now, and saving or publishing the pages
 * ({@link DraftPagesBacking}) and check ({@link DraftCheckBacking}) together. The rules are the services'.
 */
@Named
@ViewScoped
public class ModuleAuthorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDrafts drafts;

    @Inject
    ModuleVersions versions;

    @Inject
    CurrentUser currentUser;

    @Inject
    DraftPagesBacking pages;

    @Inject
    DraftCheckBacking check;

    private Long module;
    private String moduleTitle;
    private int draftNumber;
    private String publishedNote;
    private boolean requiresRestart;

    public void load() throws IOException {
        try {
            ContentVersion d = drafts.openDraft(module == null ? -1 : module, currentUser.account());
            fill(d);
        } catch (NotFound e) {
            Messages.notFound(e);
        } catch (Forbidden | ValidationFailure e) {
            Messages.notFound(new NotFound(e.getMessage()));
        }
    }

    private void fill(ContentVersion d) {
        moduleTitle = d.getModule().getTitle();
        draftNumber = d.getNumber();
        publishedNote = versions.latestPublished(d.getModule()).map(v -> "Learners read version " + v.getNumber()
                + ". You are editing a draft: learners see it only when you publish it.")
                .orElse("Nothing is published yet: learners see this module's pages once you publish them.");
        pages.fill(d);
        check.fill(d);
    }

    /** The draft as stored now, after a change made beside the form (a file attached or removed). */
    void reopen() {
        fill(drafts.openDraft(module, currentUser.account()));
    }

    /** Saves the form as the draft; false, with the faults shown, when it is refused. */
    boolean saved() {
        try {
            fill(drafts.saveDraft(module, new DraftForm(pages.forms(), check.passMarkToSave(), check.forms()),
                    currentUser.account()));
            return true;
        } catch (ValidationFailure e) {
            Messages.show(e, fields(e));
        } catch (Conflict | NotFound | Forbidden e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    public void save() {
        if (saved()) {
            Messages.done("The draft is saved.");
        }
    }

    public void publish() {
        if (!saved()) {
            return;
        }
        try {
            ContentVersion v = drafts.publish(module, requiresRestart, currentUser.account());
            reopen();
            Messages.done("Version " + v.getNumber() + " is published" + (v.isRequiresRestart()
                    ? ": learners part-way through start again on it." : "."));
        } catch (ValidationFailure e) {
            Messages.show(e, fields(e));
        } catch (Conflict | NotFound | Forbidden e) {
            Messages.error(e.getMessage());
        }
    }

    /** A page's or question's fault ("pages[2].title") against its input in the form ("author:pages:2:title"). */
    static Map<String, String> fields(ValidationFailure e) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("passMark", "author:passMark"));
        for (var v : e.violations()) {
            String f = v.field();
            if (f == null) {
                continue;
            }
            String id = f.replaceAll("^pages\\[(\\d+)]\\.(title|videoUrl|html)$", "author:pages:$1:$2")
                    .replaceAll("^questions\\[(\\d+)]\\.answers\\[(\\d+)]\\.text$", "author:questions:$1:answers:$2:answer")
                    .replaceAll("^questions\\[(\\d+)]\\.answers\\[(\\d+)]\\.feedback$", "author:questions:$1:answers:$2:feedback")
                    .replaceAll("^questions\\[(\\d+)]\\.text$", "author:questions:$1:text");
            if (id.startsWith("author:")) {
                fields.put(f, id);
            }
        }
        return fields;
    }

    public Long getModule() {
        return module;
    }

    public void setModule(Long module) {
        this.module = module;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public int getDraftNumber() {
        return draftNumber;
    }

    public String getPublishedNote() {
        return publishedNote;
    }

    public boolean isRequiresRestart() {
        return requiresRestart;
    }

    public void setRequiresRestart(boolean requiresRestart) {
        this.requiresRestart = requiresRestart;
    }
}

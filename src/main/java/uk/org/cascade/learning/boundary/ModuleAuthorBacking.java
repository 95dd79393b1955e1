package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.learning.control.ModuleDrafts;
import uk.org.cascade.learning.control.ModuleForms.AnswerForm;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.learning.control.ModuleForms.PageForm;
import uk.org.cascade.learning.control.ModuleForms.QuestionForm;
import uk.org.cascade.learning.control.ModuleVersions;
import uk.org.cascade.learning.control.PageResources;
import uk.org.cascade.learning.control.ResourceContent;
import uk.org.cascade.learning.entity.Answer;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModulePage;
import uk.org.cascade.learning.entity.Question;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * Authoring a self-paced module: the draft's pages (rich text in the editor, a video link, files) and its
 * knowledge check, saved as a whole and then published. The rules are the service's; this bean holds the form.
 */
@Named
@ViewScoped
public class ModuleAuthorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static class PageEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String html;
        private String videoUrl;
        private List<String[]> resources = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getHtml() {
            return html;
        }

        public void setHtml(String html) {
            this.html = html;
        }

        public String getVideoUrl() {
            return videoUrl;
        }

        public void setVideoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
        }

        /** [id, filename, alt text or null] of each file. */
        public List<String[]> getResources() {
            return resources;
        }
    }

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

    @Inject
    transient ModuleDrafts drafts;

    @Inject
    transient ModuleVersions versions;

    @Inject
    transient PageResources resources;

    @Inject
    transient CurrentUser currentUser;

    private Long module;
    private String moduleTitle;
    private int draftNumber;
    private String publishedNote;
    private List<PageEdit> pages = new ArrayList<>();
    private Integer passMark;
    private List<QuestionEdit> questions = new ArrayList<>();
    private boolean requiresRestart;
    private Integer uploadPage;
    private String altText;
    private transient Part upload;

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
        pages = new ArrayList<>();
        for (ModulePage p : d.getPages()) {
            PageEdit e = new PageEdit();
            e.title = p.getTitle();
            e.html = p.getHtml();
            e.videoUrl = p.getVideoUrl();
            p.getResources().forEach(r -> e.resources.add(new String[] {String.valueOf(r.getId()), r.getFilename(),
                    r.isShown() ? r.getAltText() : null}));
            pages.add(e);
        }
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
        if (pages.isEmpty()) {
            addPage();
        }
    }

    private DraftForm form() {
        return new DraftForm(pages.stream().map(p -> new PageForm(p.title, p.html, p.videoUrl)).toList(),
                questions.isEmpty() ? null : passMark,
                questions.stream().map(q -> new QuestionForm(q.text, q.answers.stream()
                        .map(a -> new AnswerForm(a.text, a.correct, a.feedback)).toList())).toList());
    }

    private boolean saved() {
        try {
            fill(drafts.saveDraft(module, form(), currentUser.account()));
            return true;
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
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
            fill(drafts.openDraft(module, currentUser.account()));
            Messages.done("Version " + v.getNumber() + " is published" + (v.isRequiresRestart()
                    ? ": learners part-way through start again on it." : "."));
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        } catch (Conflict | NotFound | Forbidden e) {
            Messages.error(e.getMessage());
        }
    }

    public void uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose a file to upload.");
            return;
        }
        if (upload.getSize() > ResourceContent.MAX_BYTES) {
            Messages.error("The file is larger than 20 MB.");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (saved()) {
                var attached = resources.attach(module, uploadPage, upload.getSubmittedFileName(), upload.getContentType(),
                        bytes, altText, currentUser.account());
                fill(drafts.openDraft(module, currentUser.account()));
                altText = null;
                Messages.done("The file is attached to page " + uploadPage
                        + (attached.isShown() ? " and shown below its text." : "."));
            }
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        } catch (IOException | Conflict | NotFound | Forbidden e) {
            Messages.error(e.getMessage());
        }
    }

    public void removeFile(String id) {
        if (saved()) {
            try {
                resources.detach(module, Long.parseLong(id), currentUser.account());
                fill(drafts.openDraft(module, currentUser.account()));
            } catch (NotFound | Conflict e) {
                Messages.error(e.getMessage());
            }
        }
    }

    public void addPage() {
        PageEdit p = new PageEdit();
        p.title = "";
        p.html = "";
        pages.add(p);
    }

    public void removePage(int index) {
        pages.remove(index);
    }

    public void movePageUp(int index) {
        if (index > 0) {
            pages.add(index - 1, pages.remove(index));
        }
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

    public List<Integer> getPageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= pages.size(); i++) {
            numbers.add(i);
        }
        return numbers;
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

    public List<PageEdit> getPages() {
        return pages;
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

    public boolean isRequiresRestart() {
        return requiresRestart;
    }

    public void setRequiresRestart(boolean requiresRestart) {
        this.requiresRestart = requiresRestart;
    }

    public Integer getUploadPage() {
        return uploadPage;
    }

    public void setUploadPage(Integer uploadPage) {
        this.uploadPage = uploadPage;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}

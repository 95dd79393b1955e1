package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.org.cascade.learning.control.PageResources;
import uk.org.cascade.learning.control.ResourceContent;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/** The author page's files: a file uploaded to a page of the draft, or removed from it; the draft is saved first. */
@Named
@ViewScoped
public class PageFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PageResources resources;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAuthorBacking draft;

    @Inject
    DraftPagesBacking pages;

    private Integer uploadPage;
    private String altText;
    private transient Part upload;

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
            if (draft.saved()) {
                var attached = resources.attach(draft.getModule(), uploadPage, upload.getSubmittedFileName(),
                        upload.getContentType(), bytes, altText, currentUser.account());
                draft.reopen();
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
        if (draft.saved()) {
            try {
                resources.detach(draft.getModule(), Long.parseLong(id), currentUser.account());
                draft.reopen();
            } catch (NotFound | Conflict e) {
                Messages.error(e.getMessage());
            }
        }
    }

    public List<Integer> getPageNumbers() {
        return pages.getPageNumbers();
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

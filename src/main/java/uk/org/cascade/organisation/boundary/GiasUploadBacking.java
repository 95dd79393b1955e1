package uk.org.cascade.organisation.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import uk.org.cascade.organisation.control.GiasImport;
import uk.org.cascade.organisation.control.GiasImport.Change;
import uk.org.cascade.organisation.control.GiasImport.Report;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.boundary.Messages;

/** Upload a GIAS file, see what it would create, update, close and reject, then apply it. */
@Named
@ViewScoped
public class GiasUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GiasImport gias;

    private transient UploadedFile upload;
    private String spooled;
    private String fileName;
    private Report preview;
    private final List<Change> changes = new ArrayList<>();

    /** Keeps the upload on disk and shows a dry run of it. */
    public void preview() {
        discard();
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose the GIAS establishments CSV file first.");
            return;
        }
        try {
            Path file = Files.createTempFile("gias-upload-", ".csv");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            spooled = file.toString();
            fileName = upload.getFileName();
            preview = gias.run(file, true, changes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the previewed file, all or nothing. */
    public String apply() throws IOException {
        if (spooled == null || preview == null || !preview.rejected().isEmpty()) {
            Messages.error("Preview a file without problems before applying it.");
            return null;
        }
        Report done = gias.run(Path.of(spooled), false);
        Messages.done(String.format("%s applied: %d schools created, %d updated (%d of them closed), %d unchanged.",
                fileName, done.created(), done.updated(), done.closed(), done.unchanged()));
        discard();
        return "/organisation/gias?faces-redirect=true";
    }

    @PreDestroy
    void discard() {
        if (spooled != null) {
            try {
                Files.deleteIfExists(Path.of(spooled));
            } catch (IOException e) {
                // A leftover temporary file is harmless; the next upload gets a new one.
            }
        }
        spooled = null;
        preview = null;
        changes.clear();
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public Report getPreview() {
        return preview;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public List<Violation> getRejected() {
        return preview == null ? List.of() : preview.rejected();
    }

    public String getFileName() {
        return fileName;
    }
}

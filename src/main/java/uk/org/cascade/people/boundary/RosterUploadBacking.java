package uk.org.cascade.people.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import uk.org.cascade.people.boundary.People.Reach;
import uk.org.cascade.people.boundary.RosterImport.Change;
import uk.org.cascade.people.boundary.RosterImport.Report;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.boundary.CurrentUser;

/** Upload a staff roster, see what each line would do (or why it is refused), then apply it. */
@Named
@ViewScoped
public class RosterUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterImport roster;

    @Inject
    transient CurrentUser currentUser;

    private transient UploadedFile upload;
    private String spooled;
    private String fileName;
    private Report preview;
    private final List<Change> changes = new ArrayList<>();

    public void preview() throws IOException {
        discard();
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose the roster CSV file first.");
            return;
        }
        Path file = Files.createTempFile("roster-upload-", ".csv");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        spooled = file.toString();
        fileName = upload.getFileName();
        preview = roster.run(file, true, reach(), changes::add);
        if (!preview.rejected().isEmpty()) {
            changes.clear();
        }
    }

    public String apply() throws IOException {
        if (spooled == null || preview == null || !preview.rejected().isEmpty()) {
            Messages.error("Preview a roster without problems before applying it.");
            return null;
        }
        Report done = roster.run(Path.of(spooled), false, reach());
        if (!done.rejected().isEmpty()) {
            Messages.error("The roster no longer applies cleanly (someone changed these records meanwhile); preview it again.");
            discard();
            return null;
        }
        Messages.done(String.format("%s applied: %d people added, %d joiners, %d leavers, %d lines unchanged.", fileName,
                done.peopleCreated(), done.employmentsStarted(), done.employmentsEnded(), done.unchanged()));
        discard();
        return "/people/roster?faces-redirect=true";
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
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

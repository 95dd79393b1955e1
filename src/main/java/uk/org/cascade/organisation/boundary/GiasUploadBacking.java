package uk.org.cascade.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.organisation.control.GiasImport;
import uk.org.cascade.organisation.control.GiasImport.Change;
import uk.org.cascade.organisation.control.GiasImport.Report;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.UploadedCsv;

/** Upload a GIAS file, see what it would create, update, close and reject, then apply it. */
@Named
@ViewScoped
public class GiasUploadBacking extends UploadedCsv {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GiasImport gias;

    private Report preview;
    private final List<Change> changes = new ArrayList<>();

    /** Keeps the upload on disk and shows a dry run of it. */
    public void preview() throws IOException {
        Optional<Path> file = spool("GIAS establishments CSV file");
        if (file.isPresent()) {
            preview = gias.run(file.get(), true, changes::add);
        }
    }

    /** Applies the previewed file, all or nothing. */
    public String apply() throws IOException {
        Optional<Path> file = spooled();
        if (file.isEmpty() || preview == null || !preview.rejected().isEmpty()) {
            Messages.error("Preview a file without problems before applying it.");
            return null;
        }
        Report done = gias.run(file.get(), false);
        Messages.done(String.format("%s applied: %d schools created, %d updated (%d of them closed), %d unchanged.",
                getFileName(), done.created(), done.updated(), done.closed(), done.unchanged()));
        discard();
        return "/organisation/gias?faces-redirect=true";
    }

    @Override
    protected void forgetPreview() {
        preview = null;
        changes.clear();
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
}

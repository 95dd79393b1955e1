package uk.org.cascade.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
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
public class GiasUploadBacking extends UploadedCsv<Report, Change> {

    private static final long serialVersionUID = 1L;

    @Inject
    GiasImport gias;

    /** Keeps the upload on disk and shows a dry run of it. */
    public void preview() throws IOException {
        Optional<Path> file = spool("GIAS establishments CSV file");
        if (file.isPresent()) {
            showPreview(gias.run(file.get(), true, changeCollector()));
        }
    }

    /** Applies the previewed file, all or nothing. */
    public String apply() throws IOException {
        Optional<Path> file = applicable("a file");
        if (file.isEmpty()) {
            return null;
        }
        Report done = gias.run(file.get(), false);
        Messages.done(String.format("%s applied: %d schools created, %d updated (%d of them closed), %d unchanged.",
                getFileName(), done.created(), done.updated(), done.closed(), done.unchanged()));
        discard();
        return "/organisation/gias?faces-redirect=true";
    }

    @Override
    protected List<Violation> rejectedOf(Report report) {
        return report.rejected();
    }
}

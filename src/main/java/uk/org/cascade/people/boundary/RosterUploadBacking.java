package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.RosterImport.Change;
import uk.org.cascade.people.control.RosterImport.Report;
import uk.org.cascade.people.control.RosterImport;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.UploadedCsv;
import uk.org.cascade.security.control.CurrentUser;

/** Upload a staff roster, see what each line would do (or why it is refused), then apply it. */
@Named
@ViewScoped
public class RosterUploadBacking extends UploadedCsv<Report, Change> {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterImport roster;

    @Inject
    CurrentUser currentUser;

    public void preview() throws IOException {
        Optional<Path> file = spool("roster CSV file");
        if (file.isPresent()) {
            showPreview(roster.run(file.get(), true, reach(), changeCollector()));
        }
    }

    public String apply() throws IOException {
        Optional<Path> file = applicable("a roster");
        if (file.isEmpty()) {
            return null;
        }
        Report done = roster.run(file.get(), false, reach());
        if (!done.rejected().isEmpty()) {
            Messages.error("The roster no longer applies cleanly (someone changed these records meanwhile); preview it again.");
            discard();
            return null;
        }
        Messages.done(String.format("%s applied: %d people added, %d joiners, %d leavers, %d lines unchanged.",
                getFileName(), done.peopleCreated(), done.employmentsStarted(), done.employmentsEnded(), done.unchanged()));
        discard();
        return "/people/roster?faces-redirect=true";
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
    }

    @Override
    protected List<Violation> rejectedOf(Report report) {
        return report.rejected();
    }
}

package uk.org.cascade.coverage.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage.SchoolDetail;
import uk.org.cascade.coverage.control.Coverage.StaffRow;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.Wording;
import uk.org.cascade.security.control.CurrentUser;

/**
 * One school's coverage: its status on the day, the staff behind it with their expiries and leaving dates,
 * why it is at risk, and its own target. A school outside the caller's area is "not found".
 */
@Named
@ViewScoped
public class SchoolCoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coverage coverage;

    @Inject
    CurrentUser currentUser;

    @Inject
    Wording wording;

    private Integer urn;
    private String programme;
    private LocalDate date;
    private SchoolDetail detail;
    private Integer target;

    public void load() throws IOException {
        if (urn == null) {
            Messages.notFound(new NotFound("Which school? Give its URN."));
            return;
        }
        try {
            detail = coverage.school(currentUser.account(), urn,
                    coverage.question(currentUser.account(), programme, date, null, null));
            target = detail.school().getCoverageTarget();
        } catch (NotFound e) {
            Messages.notFound(e);
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        }
    }

    /** Saves the school's own target (empty: inherit the local authority's), guarded by the version shown. */
    public String saveTarget() {
        long version = detail.school().getVersion();
        boolean saved = Messages.attempt(() -> coverage.setSchoolTarget(currentUser.account(), urn, target, version),
                Map.of("target", "target:target"));
        if (!saved) {
            return null;
        }
        Messages.done("Target saved for " + detail.school().getName() + ".");
        return "/coverage/school?faces-redirect=true&urn=" + urn + "&programme=" + detail.programme().getCode()
                + "&date=" + detail.day();
    }

    public String statusLabel() {
        return StatusCharts.label(detail.status());
    }

    /** "From 1 September 2024", "From 1 September 2024 to 31 August 2026 (left)". */
    public String employment(StaffRow s) {
        return "From " + wording.date(s.employedFrom())
                + (s.employedUntil() == null ? "" : " to " + wording.date(s.employedUntil())) + (s.leaver() ? " (left)" : "");
    }

    public String heldUntil(StaffRow s) {
        if (!s.trained()) {
            return "Not held on " + wording.date(detail.day());
        }
        return s.competentUntil() == null ? "Does not expire" : wording.date(s.competentUntil());
    }

    /** "2 people, 1 of them trained on 6 December 2026", or that nobody has held it yet. */
    public String staffSummary() {
        long people = detail.staff().size();
        if (people == 0) {
            return "Nobody at this school has held the competency yet.";
        }
        long trained = detail.staff().stream().filter(StaffRow::trained).count();
        return wording.count(people, "person", "people") + ", " + trained + " of them trained on "
                + wording.date(detail.day()) + ".";
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SchoolDetail getDetail() {
        return detail;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }
}

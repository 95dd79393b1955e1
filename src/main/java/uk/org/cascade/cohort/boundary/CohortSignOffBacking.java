package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.competency.control.EvidenceContent;
import uk.org.cascade.competency.control.EvidenceFiles;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.platform.Dates;

/** The cohort page's sign-off: its trainers sign off learners together, see what was signed off, attach evidence. */
@Named
@ViewScoped
public class CohortSignOffBacking extends CohortPageSection {

    private static final long serialVersionUID = 1L;
    /** The sign-off rules' field names, as the form's inputs. */
    private static final Map<String, String> FIELDS = Map.of("personId", "signOff:learners", "cohortId", "signOff:learners",
            "competencyCode", "signOff:competency", "date", "signOff:date", "outcome", "signOff:outcome",
            "evidence", "signOff:evidence");

    /** A sign-off recorded in this cohort, as the trainer's history shows it. */
    public record SignOffRow(long id, String learner, String competency, String date, String outcome, String expires,
                             String revoked) implements Serializable {
    }

    @Inject
    SignOffs signOffs;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    Curriculum curriculum;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private List<Long> signOffLearners = new ArrayList<>();
    private String signOffCompetency;
    private LocalDate signOffDate;
    private String signOffOutcome = "COMPETENT";
    private String signOffEvidence;
    private List<MenuOption> signOffCompetencies = List.of();
    private List<SignOffRow> signOffHistory = List.of();
    private Long evidenceSignOff;
    private transient UploadedFile evidenceFile;

    @Override
    protected void reload(Cohort cohort, CohortReach reach) {
        if (!reach.teaches(cohort)) {
            return;
        }
        signOffCompetencies = curriculum.leadsTo(cohort.getProgramme()).stream()
                .map(c -> new MenuOption(c.getCode(), c.getTitle() + " (" + c.getLevel().getLabel().toLowerCase(Locale.UK) + ")"))
                .toList();
        if (signOffCompetency == null && !signOffCompetencies.isEmpty()) {
            signOffCompetency = (String) signOffCompetencies.get(0).value();
        }
        List<SignOff> recorded = signOffs.ofCohort(cohort.getId());
        Map<Long, Revocation> revoked = signOffs.revocations(recorded);
        signOffHistory = recorded.stream().map(so -> new SignOffRow(so.getId(), so.getPerson().getName(),
                so.getCompetency().getTitle(), Dates.day(so.getSignedOn()),
                so.getOutcome() == Outcome.COMPETENT ? "Competent" : "Not yet competent",
                so.getOutcome() != Outcome.COMPETENT ? "—" : so.getExpiresOn() == null ? "Does not expire"
                        : Dates.day(so.getExpiresOn().minusDays(1)),
                revoked.containsKey(so.getId()) ? "Revoked: " + revoked.get(so.getId()).getReason() : "")).toList();
    }

    /** Signs off the chosen learners together, all or none, with the cohort recorded on each sign-off. */
    public void signOff() {
        if (!complete()) {
            page.changed();
            return;
        }
        long me = currentUser.account().getPerson().getId();
        String date = signOffDate == null ? null : signOffDate.toString();
        List<SignOffs.SignOffForm> forms = signOffLearners.stream().map(person -> new SignOffs.SignOffForm(person,
                signOffCompetency, me, date, signOffOutcome, signOffEvidence, page.getId(), false)).toList();
        int[] count = new int[1];
        if (Messages.attempt(() -> count[0] = signOffs.recordAll(forms, currentUser.account()).size(), FIELDS)) {
            Messages.done("Signed off " + count[0] + (count[0] == 1 ? " learner." : " learners."));
            signOffLearners = new ArrayList<>();
            signOffEvidence = null;
        }
        page.changed();
    }

    /** What the form asks for, each refusal next to its field; the rules themselves stay with {@link SignOffs}. */
    private boolean complete() {
        boolean complete = true;
        if (signOffLearners == null || signOffLearners.isEmpty()) {
            Messages.field("signOff:learners", "Choose at least one learner to sign off.");
            complete = false;
        }
        if (signOffDate == null) {
            Messages.field("signOff:date", "Enter the date of the assessment.");
            complete = false;
        }
        if (signOffEvidence == null || signOffEvidence.isBlank()) {
            Messages.field("signOff:evidence", "Enter the evidence you observed: what the assessment was based on.");
            complete = false;
        }
        return complete;
    }

    /** Attaches a PDF or image to one of this cohort's sign-offs; the content is checked, not just its name. */
    public String attachEvidence() {
        if (evidenceSignOff == null) {
            Messages.field("evidence:which", "Choose the sign-off the file is evidence for.");
        }
        if (evidenceFile == null || evidenceFile.getSize() == 0) {
            Messages.field("evidence:file", "Choose a PDF, PNG or JPEG file to attach.");
            return null;
        }
        if (evidenceFile.getSize() > EvidenceContent.MAX_BYTES) {
            Messages.field("evidence:file", "The file must be smaller than 10 MB.");
            return null;
        }
        if (evidenceSignOff == null) {
            return null;
        }
        byte[] bytes = evidenceFile.getContent();
        if (Messages.attempt(() -> evidenceFiles.attach(evidenceSignOff, evidenceFile.getContentType(),
                evidenceFile.getFileName(), bytes, currentUser.account()), Map.of("file", "evidence:file",
                "content", "evidence:file", "signOffId", "evidence:which"))) {
            Messages.done("Evidence attached.");
            return "/cohort/cohort?faces-redirect=true&id=" + page.getId();
        }
        page.changed();
        return null;
    }

    public List<SignOffRow> getStandingSignOffs() {
        return getSignOffHistory().stream().filter(h -> h.revoked().isEmpty()).toList();
    }

    public List<MenuOption> getSignOffCompetencies() {
        fresh();
        return signOffCompetencies;
    }

    public List<SignOffRow> getSignOffHistory() {
        fresh();
        return signOffHistory;
    }

    public List<Long> getSignOffLearners() {
        return signOffLearners;
    }

    public void setSignOffLearners(List<Long> signOffLearners) {
        this.signOffLearners = signOffLearners;
    }

    public String getSignOffCompetency() {
        fresh();
        return signOffCompetency;
    }

    public void setSignOffCompetency(String signOffCompetency) {
        fresh();
        this.signOffCompetency = signOffCompetency;
    }

    public LocalDate getSignOffDate() {
        return signOffDate == null ? today.date() : signOffDate;
    }

    public void setSignOffDate(LocalDate signOffDate) {
        this.signOffDate = signOffDate;
    }

    public String getSignOffOutcome() {
        return signOffOutcome;
    }

    public void setSignOffOutcome(String signOffOutcome) {
        this.signOffOutcome = signOffOutcome;
    }

    public String getSignOffEvidence() {
        return signOffEvidence;
    }

    public void setSignOffEvidence(String signOffEvidence) {
        this.signOffEvidence = signOffEvidence;
    }

    public Long getEvidenceSignOff() {
        return evidenceSignOff;
    }

    public void setEvidenceSignOff(Long evidenceSignOff) {
        this.evidenceSignOff = evidenceSignOff;
    }

    public UploadedFile getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(UploadedFile evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}

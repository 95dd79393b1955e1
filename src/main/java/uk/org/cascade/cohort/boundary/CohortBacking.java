package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.Progress;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.competency.control.EvidenceFiles;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.learning.control.ModuleViews.ModuleStateView;
import uk.org.cascade.learning.control.ModuleViews.QuestionStatView;
import uk.org.cascade.learning.control.KnowledgeChecks;
import uk.org.cascade.learning.control.ModuleAuthors;
import uk.org.cascade.learning.control.ModuleStates;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;
import org.primefaces.model.file.UploadedFile;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.UserAccount;

/**
 * One cohort for its trainers and coordinators: sessions, roster with progress, the attendance grid, the
 * waiting list, enrolling staff and moving the cohort through its life. Rules stay in {@link Cohorts}.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final Map<String, String> DETAIL_FIELDS = Map.of("title", "details:title", "capacity", "details:capacity");
    private static final Map<String, String> SESSION_FIELDS = Map.of("start", "newSession:start", "end", "newSession:end",
            "location", "newSession:location", "onlineLink", "newSession:link", "moduleIds", "newSession:modules");

    public record Facts(String title, String programme, String area, String status, String statusName, String trainers,
                        long taken, int capacity, long waitlisted, long version) implements Serializable {
    }

    public record SessionRow(long id, String when, String where, String modules, boolean started) implements Serializable {
    }

    public record RosterRow(long enrolmentId, long personId, String name, String school, String status, String statusName,
                            Integer position, long done, int total, String selfPaced) implements Serializable {

        public boolean isWithdrawable() {
            return statusName.equals("ENROLLED") || statusName.equals("WAITLISTED");
        }

        public boolean isPlaced() {
            return statusName.equals("ENROLLED") || statusName.equals("COMPLETED") || statusName.equals("NOT_COMPLETED");
        }

        /** The key of this learner's cell in the attendance grid for a session. */
        public String cell(long sessionId) {
            return enrolmentId + ":" + sessionId;
        }
    }

    public record Option(Object value, String label) implements Serializable {
    }

    /** Someone found to enrol and a school they work at today (one row per school). */
    public record Candidate(long personId, String name, String email, Integer schoolUrn, String school)
            implements Serializable {

        public String key() {
            return personId + ":" + schoolUrn;
        }
    }

    @Inject
    transient Today today;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient ModuleStates selfPacedStates;

    @Inject
    transient ModuleAuthors moduleAuthors;

    @Inject
    transient KnowledgeChecks knowledgeChecks;

    @Inject
    transient People people;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SignOffs signOffs;

    @Inject
    transient Curriculum curriculum;

    @Inject
    transient EvidenceFiles evidenceFiles;

    private Long evidenceSignOff;
    private transient UploadedFile evidenceFile;

    /** A sign-off recorded in this cohort, as the trainer's history shows it. */
    public record SignOffRow(long id, String learner, String competency, String date, String outcome, String expires,
                             String revoked) implements Serializable {
    }

    private Long id;
    private Facts facts;
    private boolean teaches;
    private boolean plans;
    private boolean enrols;
    private boolean takesEnrolments;
    private List<SessionRow> sessions = List.of();
    private List<SessionRow> startedSessions = List.of();
    private List<RosterRow> roster = List.of();
    private List<RosterRow> waiting = List.of();
    private List<Option> liveModules = List.of();
    private Map<String, String> marks = new HashMap<>();
    private Map<String, String> recordedMarks = Map.of();

    private String title;
    private Integer capacity;
    private LocalDateTime newStart;
    private LocalDateTime newEnd;
    private String newLocation;
    private String newLink;
    private List<Long> newModules = new ArrayList<>();
    private String search;
    private String candidate;
    private List<Long> signOffLearners = new ArrayList<>();
    private String signOffCompetency;
    private java.time.LocalDate signOffDate;
    private String signOffOutcome = "COMPETENT";
    private String signOffEvidence;
    private List<Option> signOffCompetencies = List.of();
    private List<SignOffRow> signOffHistory = List.of();
    private List<Candidate> candidates = List.of();

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound("Which cohort? Give its id.");
            }
            refresh();
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    private void refresh() {
        CohortReach reach = reach();
        Cohort cohort = cohorts.find(id, reach);
        Cohorts.Counts counts = cohorts.counts(cohort);
        teaches = reach.teaches(cohort);
        plans = reach.plans(cohort);
        takesEnrolments = cohort.getStatus().takesEnrolments();
        enrols = takesEnrolments && (reach.everyone() || reach.scope().isPresent()) && reach.seesRoster(cohort);
        facts = new Facts(cohort.getTitle(), cohort.getProgramme().getTitle(), cohort.getLocalAuthority() == null ? "Any area"
                : cohort.getLocalAuthority().getName(), cohort.getStatus().getLabel(), cohort.getStatus().name(),
                cohort.getLeadTrainers().stream().map(Person::getName).sorted().collect(Collectors.joining(", ")),
                counts.placesTaken(), cohort.getCapacity(), counts.waitlisted(), cohort.getVersion());
        title = cohort.getTitle();
        capacity = cohort.getCapacity();
        java.time.Instant now = today.now();
        sessions = cohort.getSessions().stream().map(s -> new SessionRow(s.getId(), when(s), s.getWhere(),
                s.getModules().stream().map(Module::getTitle).collect(Collectors.joining("; ")), s.hasStarted(now))).toList();
        startedSessions = sessions.stream().filter(SessionRow::started).toList();
        liveModules = cohort.getProgramme().currentModules().stream().filter(m -> m.getMode().isLive())
                .map(m -> new Option(m.getId(), m.getTitle())).toList();

        List<Enrolment> visible = cohorts.roster(cohort, reach);
        Map<Long, List<ModuleProgress>> progress = cohorts.progress(cohort, visible);
        Map<Long, List<ModuleStateView>> moduleStates = selfPacedStates.states(visible);
        selfPacedModules = cohort.getProgramme().currentModules().stream()
                .filter(m -> m.getMode() == uk.org.cascade.curriculum.entity.DeliveryMode.SELF_PACED)
                .map(m -> new SelfPacedModule(m.getId(), m.getTitle(), moduleAuthors.mayAuthor(m, currentUser.account()),
                        reach.seesRoster(cohort) ? knowledgeChecks.questionStats(cohort, m) : List.of())).toList();
        List<Enrolment> queue = cohorts.waitingList(cohort);
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.put(queue.get(i).getId(), i + 1);
        }
        roster = visible.stream().map(e -> new RosterRow(e.getId(), e.getPerson().getId(), e.getPerson().getName(),
                e.getSchool().getName(), e.getStatus().getLabel(), e.getStatus().name(), positions.get(e.getId()),
                progress.get(e.getId()).stream().filter(ModuleProgress::done).count(), progress.get(e.getId()).size(),
                selfPaced(moduleStates.get(e.getId())))).toList();
        waiting = roster.stream().filter(r -> r.position() != null)
                .sorted(Comparator.comparing(RosterRow::position)).toList();

        if (teaches) {
            signOffCompetencies = curriculum.leadsTo(cohort.getProgramme()).stream()
                    .map(c -> new Option(c.getCode(), c.getTitle() + " (" + c.getLevel().getLabel().toLowerCase(Locale.UK) + ")"))
                    .toList();
            if (signOffCompetency == null && !signOffCompetencies.isEmpty()) {
                signOffCompetency = (String) signOffCompetencies.get(0).value();
            }
            List<SignOff> recorded = signOffs.ofCohort(cohort.getId());
            Map<Long, Revocation> revoked = signOffs.revocations(recorded);
            signOffHistory = recorded.stream().map(so -> new SignOffRow(so.getId(), so.getPerson().getName(),
                    so.getCompetency().getTitle(), so.getSignedOn().toString(),
                    so.getOutcome() == Outcome.COMPETENT ? "Competent" : "Not yet competent",
                    so.getOutcome() != Outcome.COMPETENT ? "—" : so.getExpiresOn() == null ? "Does not expire"
                            : so.getExpiresOn().minusDays(1).toString(),
                    revoked.containsKey(so.getId()) ? "Revoked: " + revoked.get(so.getId()).getReason() : "")).toList();
        }
        Map<String, String> grid = new HashMap<>();
        cohorts.latestMarks(cohort).forEach((sessionId, bySession) ->
                bySession.forEach((enrolmentId, mark) -> grid.put(enrolmentId + ":" + sessionId, mark.name())));
        recordedMarks = Map.copyOf(grid);
        marks = new HashMap<>(grid);
    }

    private static String when(Session s) {
        return s.getStartsAt().atZone(Today.ENGLAND).format(WHEN) + "–" + s.getEndsAt().atZone(Today.ENGLAND).format(UNTIL);
    }

    /** A new status changes what the page offers (enrolment, attendance), so the page is loaded afresh. */
    public String move(String status) {
        if (Messages.attempt(() -> cohorts.move(id, status, facts.version(), reach()), Map.of())) {
            Messages.done("The cohort is now " + CohortStatus.valueOf(status).getLabel().toLowerCase(Locale.UK) + ".");
            return "/cohort/cohort?faces-redirect=true&id=" + id;
        }
        refresh();
        return null;
    }

    public void saveDetails() {
        Cohort current = cohorts.find(id, reach());
        if (Messages.attempt(() -> cohorts.revise(id, new CohortForm(null, title, capacity,
                current.getLeadTrainers().stream().map(Person::getId).toList(), null,
                current.getLocalAuthority() == null ? null : current.getLocalAuthority().getCode(), null, facts.version()),
                reach()), DETAIL_FIELDS)) {
            Messages.done("Details saved.");
        }
        refresh();
    }

    public void addSession() {
        SessionForm form = new SessionForm(newStart == null ? null : newStart.toString(),
                newEnd == null ? null : newEnd.toString(), newLocation, newLink, newModules);
        if (Messages.attempt(() -> cohorts.addSession(id, form, reach()), SESSION_FIELDS)) {
            Messages.done("Session added.");
            newStart = null;
            newEnd = null;
            newLocation = null;
            newLink = null;
            newModules = new ArrayList<>();
        }
        refresh();
    }

    public void removeSession(long sessionId) {
        if (Messages.attempt(() -> cohorts.removeSession(id, sessionId, reach()), Map.of())) {
            Messages.done("Session removed.");
        }
        refresh();
    }

    public void saveAttendance() {
        Map<Long, List<Mark>> changed = new LinkedHashMap<>();
        for (RosterRow row : roster) {
            if (!row.isPlaced()) {
                continue;
            }
            for (SessionRow s : startedSessions) {
                String now = marks.get(row.cell(s.id()));
                if (now != null && !now.isBlank() && !now.equals(recordedMarks.get(row.cell(s.id())))) {
                    changed.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Mark(row.enrolmentId(), now));
                }
            }
        }
        if (changed.isEmpty()) {
            Messages.done("No attendance changed.");
            return;
        }
        int[] recorded = new int[1];
        if (Messages.attempt(() -> recorded[0] = cohorts.recordAttendance(id, changed, reach(),
                people.of(currentUser.account())), Map.of())) {
            Messages.done("Attendance saved: " + recorded[0] + (recorded[0] == 1 ? " mark." : " marks."));
        }
        refresh();
    }

    public void withdraw(long enrolmentId) {
        if (Messages.attempt(() -> cohorts.withdraw(id, enrolmentId, reach()), Map.of())) {
            Messages.done("Withdrawn. Any freed place went to the waiting list.");
        }
        refresh();
    }

    public void find() {
        UserAccount me = currentUser.account();
        People.Reach reach = People.Reach.of(me);
        var found = people.search(search, reach, new PageRequest(0, 10)).items();
        Map<Long, List<Employment>> jobs = people.currentEmployments(found);
        candidates = found.stream().flatMap(p -> {
            List<Candidate> rows = jobs.getOrDefault(p.getId(), List.of()).stream().filter(e -> e.getSchool() != null)
                    .map(e -> new Candidate(p.getId(), p.getName(), p.getEmail(), e.getSchool().getUrn(),
                            e.getSchool().getName())).toList();
            return rows.isEmpty() ? java.util.stream.Stream.of(new Candidate(p.getId(), p.getName(), p.getEmail(), null,
                    null)) : rows.stream();
        }).toList();
        if (candidates.isEmpty()) {
            Messages.error("Nobody you can see matches '" + search + "'.");
        }
    }

    public void enrol() {
        Candidate chosen = candidates.stream().filter(c -> c.key().equals(candidate) && c.schoolUrn() != null).findFirst()
                .orElse(null);
        if (chosen == null) {
            Messages.error("Choose someone who works at a school today.");
            return;
        }
        long personId = chosen.personId();
        int schoolUrn = chosen.schoolUrn();
        Enrolment[] done = new Enrolment[1];
        if (Messages.attempt(() -> done[0] = cohorts.enrol(id, new EnrolmentForm(personId, schoolUrn), reach()), Map.of())) {
            Messages.done(done[0].getPerson().getName() + (done[0].getStatus() == EnrolmentStatus.ENROLLED
                    ? " has a place." : " is on the waiting list."));
            candidates = List.of();
            search = null;
        }
        refresh();
    }

    /** Signs off the chosen learners together, all or none, with the cohort recorded on each sign-off. */
    public void signOff() {
        long me = currentUser.account().getPerson().getId();
        String date = signOffDate == null ? null : signOffDate.toString();
        List<SignOffs.SignOffForm> forms = signOffLearners.stream().map(person -> new SignOffs.SignOffForm(person,
                signOffCompetency, me, date, signOffOutcome, signOffEvidence, id, false)).toList();
        int[] count = new int[1];
        if (Messages.attempt(() -> count[0] = signOffs.recordAll(forms, currentUser.account()).size(), Map.of())) {
            Messages.done("Signed off " + count[0] + (count[0] == 1 ? " learner." : " learners."));
            signOffLearners = new ArrayList<>();
            signOffEvidence = null;
        }
        refresh();
    }

    /** Attaches a PDF or image to one of this cohort's sign-offs; the content is checked, not just its name. */
    public String attachEvidence() {
        if (evidenceSignOff == null || evidenceFile == null || evidenceFile.getSize() == 0) {
            Messages.error("Choose a sign-off and a file to attach.");
            return null;
        }
        if (evidenceFile.getSize() > uk.org.cascade.competency.control.EvidenceContent.MAX_BYTES) {
            Messages.error("The file is larger than 10 MB.");
            return null;
        }
        byte[] bytes = evidenceFile.getContent();
        if (Messages.attempt(() -> evidenceFiles.attach(evidenceSignOff, evidenceFile.getContentType(),
                evidenceFile.getFileName(), bytes, currentUser.account()), Map.of())) {
            Messages.done("Evidence attached.");
            return "/cohort/cohort?faces-redirect=true&id=" + id;
        }
        refresh();
        return null;
    }

    public List<SignOffRow> getStandingSignOffs() {
        return signOffHistory.stream().filter(h -> h.revoked().isEmpty()).toList();
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

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }

    private CohortReach reach() {
        return CohortReach.of(currentUser.account());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Facts getFacts() {
        return facts;
    }

    public boolean isTeaches() {
        return teaches;
    }

    public boolean isPlans() {
        return plans;
    }

    public boolean isEnrols() {
        return enrols;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public List<SessionRow> getStartedSessions() {
        return startedSessions;
    }

    /** "Reading: Passed, 14 min; Check-in: Not started": each self-paced module with pages, for the roster. */
    private static String selfPaced(List<ModuleStateView> states) {
        if (states == null) {
            return "";
        }
        return states.stream().filter(ModuleStateView::hasContent)
                .map(s -> s.title() + ": " + s.label() + (s.secondsSpent() > 0 ? ", " + ModuleStates.duration(s.secondsSpent()) : ""))
                .collect(Collectors.joining("; "));
    }

    /** A self-paced module of the programme: may the caller edit its pages, and how its check's questions fare here. */
    public record SelfPacedModule(long id, String title, boolean editable, List<QuestionStatView> stats)
            implements Serializable {
    }

    private List<SelfPacedModule> selfPacedModules = List.of();

    public List<SelfPacedModule> getSelfPacedModules() {
        return selfPacedModules;
    }

    public List<RosterRow> getRoster() {
        return roster;
    }

    public List<RosterRow> getPlacedRoster() {
        return roster.stream().filter(RosterRow::isPlaced).toList();
    }

    public List<RosterRow> getWaiting() {
        return waiting;
    }

    public List<Option> getLiveModules() {
        return liveModules;
    }

    public Map<String, String> getMarks() {
        return marks;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public LocalDateTime getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDateTime newEnd) {
        this.newEnd = newEnd;
    }

    public String getNewLocation() {
        return newLocation;
    }

    public void setNewLocation(String newLocation) {
        this.newLocation = newLocation;
    }

    public String getNewLink() {
        return newLink;
    }

    public void setNewLink(String newLink) {
        this.newLink = newLink;
    }

    public List<Long> getNewModules() {
        return newModules;
    }

    public void setNewModules(List<Long> newModules) {
        this.newModules = newModules;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Long> getSignOffLearners() {
        return signOffLearners;
    }

    public void setSignOffLearners(List<Long> signOffLearners) {
        this.signOffLearners = signOffLearners;
    }

    public String getSignOffCompetency() {
        return signOffCompetency;
    }

    public void setSignOffCompetency(String signOffCompetency) {
        this.signOffCompetency = signOffCompetency;
    }

    public java.time.LocalDate getSignOffDate() {
        return signOffDate == null ? today.date() : signOffDate;
    }

    public void setSignOffDate(java.time.LocalDate signOffDate) {
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

    public List<Option> getSignOffCompetencies() {
        return signOffCompetencies;
    }

    public List<SignOffRow> getSignOffHistory() {
        return signOffHistory;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }
}

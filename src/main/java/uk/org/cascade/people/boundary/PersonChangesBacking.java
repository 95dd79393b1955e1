package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.organisation.control.SchoolChoices;
import uk.org.cascade.people.control.Movers;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.Ending;
import uk.org.cascade.people.control.PersonForms.Move;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Role;

/**
 * The person page's changes: a leaver, a mover and a joiner, each through the service the API uses
 * ({@link People#end}, {@link Movers#move}, {@link People#addEmployment}), so the rules, scope checks and audit are
 * the API's. A leaver or mover carries the version of the job as the page showed it, so a change made meanwhile is
 * refused rather than overwritten.
 */
@Named
@ViewScoped
public class PersonChangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> LEAVE = Map.of("endDate", "leave:endDate", "reason", "leave:reason",
            "version", "leave:job");
    private static final Map<String, String> MOVE = Map.of("endDate", "move:endDate", "reason", "move:reason",
            "schoolUrn", "move:school", "jobTitle", "move:jobTitle", "startDate", "move:startDate", "version", "move:job",
            "employmentId", "move:job");
    private static final Map<String, String> JOIN = Map.of("schoolUrn", "join:school", "jobTitle", "join:jobTitle",
            "startDate", "join:startDate");

    /** A job that may be ended or moved from, as the menus show it. */
    public record Job(long id, String school, String label, String jobTitle, long version) implements Serializable {
    }

    @Inject
    People people;

    @Inject
    Movers movers;

    @Inject
    SchoolChoices schoolChoices;

    @Inject
    CurrentUser currentUser;

    private Long personId;
    private String personName;
    private List<Job> jobs = List.of();
    private final Map<Long, Job> byId = new HashMap<>();

    private Long leaveJob;
    private LocalDate leaveDate;
    private String leaveReason;

    private Long moveJob;
    private LocalDate moveEndDate;
    private String moveSchool;
    private String moveJobTitle;
    private LocalDate moveStartDate;
    private String moveReason;

    private String joinSchool;
    private String joinJobTitle;
    private LocalDate joinStartDate;

    /** For coordinators and administrators: the jobs at schools not yet ended that they may change. */
    public void load(Person person) {
        var account = currentUser.account();
        if (person == null || !(account.holds(Role.ADMIN) || account.holds(Role.COORDINATOR)) || personId != null) {
            return;
        }
        personId = person.getId();
        personName = person.getName();
        Reach reach = Reach.of(account);
        jobs = people.timeline(person).stream()
                .filter(e -> e.getEndDate() == null && e.getSchool() != null && reach.mayChange(e))
                .map(PersonChangesBacking::job).toList();
        jobs.forEach(j -> byId.put(j.id(), j));
        if (!jobs.isEmpty()) {
            leaveJob = jobs.get(0).id();
            moveJob = jobs.get(0).id();
            moveJobTitle = jobs.get(0).jobTitle();
        }
    }

    private static Job job(Employment e) {
        return new Job(e.getId(), e.getSchool().getName(), e.getSchool().getName() + ", " + e.getJobTitle() + ", since "
                + Dates.day(e.getStartDate()), e.getJobTitle(), e.getVersion());
    }

    public List<String> schools(String text) {
        return SchoolPicker.suggest(schoolChoices, text, reach());
    }

    /** A mover usually keeps their job title: the form offers the one of the job they leave. */
    public void moveJobChosen() {
        Job job = byId.get(moveJob);
        if (job != null) {
            moveJobTitle = job.jobTitle();
        }
    }

    public String leave() {
        Job job = byId.get(leaveJob);
        boolean done = job != null && Messages.attempt(() -> people.end(personId, job.id(),
                new Ending(StaffDates.iso(leaveDate), leaveReason, job.version()), reach()), LEAVE);
        if (!done) {
            return null;
        }
        Messages.done(personName + "'s last day at " + job.school() + " is " + Dates.day(leaveDate) + ".");
        return again();
    }

    public String move() {
        Job job = byId.get(moveJob);
        Employment[] started = new Employment[1];
        boolean done = job != null && Messages.attempt(() -> started[0] = movers.move(personId, job.id(),
                new Move(StaffDates.iso(moveEndDate), moveReason, SchoolPicker.urn(moveSchool), moveJobTitle,
                        StaffDates.iso(moveStartDate), job.version()), reach()), MOVE);
        if (!done) {
            return null;
        }
        Messages.done(personName + " moves from " + job.school() + " (last day " + Dates.day(moveEndDate)
                + ") to " + started[0].getWorkplace() + " (first day " + Dates.day(started[0].getStartDate()) + ").");
        return again();
    }

    public String join() {
        Employment[] started = new Employment[1];
        boolean done = Messages.attempt(() -> started[0] = people.addEmployment(personId, new NewEmployment(
                SchoolPicker.urn(joinSchool), null, joinJobTitle, StaffDates.iso(joinStartDate), null), reach()), JOIN);
        if (!done) {
            return null;
        }
        Messages.done(personName + " joins " + started[0].getWorkplace() + " on "
                + Dates.day(started[0].getStartDate()) + ".");
        return again();
    }

    private String again() {
        return "/people/person?faces-redirect=true&id=" + personId;
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
    }

    /** Whether the caller may record changes for this person at all. */
    public boolean isChanging() {
        return personId != null;
    }

    public List<Job> getJobs() {
        return jobs;
    }

    public Long getLeaveJob() {
        return leaveJob;
    }

    public void setLeaveJob(Long leaveJob) {
        this.leaveJob = leaveJob;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    public String getLeaveReason() {
        return leaveReason;
    }

    public void setLeaveReason(String leaveReason) {
        this.leaveReason = leaveReason;
    }

    public Long getMoveJob() {
        return moveJob;
    }

    public void setMoveJob(Long moveJob) {
        this.moveJob = moveJob;
    }

    public LocalDate getMoveEndDate() {
        return moveEndDate;
    }

    public void setMoveEndDate(LocalDate moveEndDate) {
        this.moveEndDate = moveEndDate;
    }

    public String getMoveSchool() {
        return moveSchool;
    }

    public void setMoveSchool(String moveSchool) {
        this.moveSchool = moveSchool;
    }

    public String getMoveJobTitle() {
        return moveJobTitle;
    }

    public void setMoveJobTitle(String moveJobTitle) {
        this.moveJobTitle = moveJobTitle;
    }

    public LocalDate getMoveStartDate() {
        return moveStartDate;
    }

    public void setMoveStartDate(LocalDate moveStartDate) {
        this.moveStartDate = moveStartDate;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getJoinSchool() {
        return joinSchool;
    }

    public void setJoinSchool(String joinSchool) {
        this.joinSchool = joinSchool;
    }

    public String getJoinJobTitle() {
        return joinJobTitle;
    }

    public void setJoinJobTitle(String joinJobTitle) {
        this.joinJobTitle = joinJobTitle;
    }

    public LocalDate getJoinStartDate() {
        return joinStartDate;
    }

    public void setJoinStartDate(LocalDate joinStartDate) {
        this.joinStartDate = joinStartDate;
    }
}

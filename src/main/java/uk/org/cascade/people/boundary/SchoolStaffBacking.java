package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.Ending;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.control.SchoolStaff;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Role;

/**
 * The school page's staff section, for coordinators and administrators: who works there today, a leaver for any
 * of them, and a joiner who is already known to Cascade (a new person is added from "Add a person", with the
 * school filled in). Each change goes through {@link People}, as the API's do.
 */
@Named
@ViewScoped
public class SchoolStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL_AT_END = Pattern.compile("\\(([^()\\s]+@[^()\\s]+)\\)$");
    private static final Map<String, String> LEAVE = Map.of("endDate", "leaver:endDate", "reason", "leaver:reason",
            "version", "leaver:member");
    private static final Map<String, String> JOIN = Map.of("person", "joiner:person", "schoolUrn", "joiner:person",
            "jobTitle", "joiner:jobTitle", "startDate", "joiner:startDate");

    /** A member of staff today. */
    public record Member(long employmentId, long personId, String name, String jobTitle, String since, long version)
            implements Serializable {

        public String label() {
            return name + ", " + jobTitle;
        }
    }

    @Inject
    People people;

    @Inject
    SchoolStaff schoolStaff;

    @Inject
    CurrentUser currentUser;

    private Integer urn;
    private List<Member> staff;

    private Long leaver;
    private LocalDate leaveDate;
    private String leaveReason;

    private String joiner;
    private String joinJobTitle;
    private LocalDate joinStartDate;

    /** Reads today's staff once per view, for those who record joiners and leavers. */
    public void load(Integer schoolUrn) {
        var account = currentUser.account();
        if (schoolUrn == null || staff != null || !(account.holds(Role.ADMIN) || account.holds(Role.COORDINATOR))) {
            return;
        }
        try {
            staff = schoolStaff.today(schoolUrn, Reach.of(account)).stream().map(SchoolStaffBacking::member).toList();
            urn = schoolUrn;
        } catch (NotFound e) {
            staff = null; // the school page answers 404 itself
        }
    }

    private static Member member(Employment e) {
        return new Member(e.getId(), e.getPerson().getId(), e.getPerson().getName(), e.getJobTitle(),
                Dates.day(e.getStartDate()), e.getVersion());
    }

    /** The row's "Record leaving": chooses that member of staff in the leaver form. */
    public void choose(long employmentId) {
        leaver = employmentId;
    }

    /** People the caller reaches whose name or email holds the text, shown with their email to tell them apart. */
    public List<String> people(String text) {
        return people.search(text, reach(), PageRequest.of(0, 20)).items().stream()
                .map(p -> p.getName() + " (" + p.getEmail() + ")").toList();
    }

    public String leave() {
        Optional<Member> member = staff.stream().filter(m -> leaver != null && m.employmentId() == leaver).findFirst();
        boolean done = member.isPresent() && Messages.attempt(() -> people.end(member.get().personId(), leaver,
                new Ending(StaffDates.iso(leaveDate), leaveReason, member.get().version()), reach()), LEAVE);
        if (!done) {
            return null;
        }
        Messages.done(member.get().name() + "'s last day here is " + Dates.day(leaveDate) + ".");
        return again();
    }

    public String join() {
        Employment[] started = new Employment[1];
        boolean done = Messages.attempt(() -> started[0] = people.addEmployment(chosenPerson().getId(),
                new NewEmployment(urn, null, joinJobTitle, StaffDates.iso(joinStartDate), null), reach()), JOIN);
        if (!done) {
            return null;
        }
        Messages.done(started[0].getPerson().getName() + " joins on " + Dates.day(started[0].getStartDate()) + ".");
        return again();
    }

    /** The person the joiner field names (a chosen suggestion, or an email), among those the caller may see. */
    private Person chosenPerson() {
        String text = joiner == null ? "" : joiner.strip();
        Matcher m = EMAIL_AT_END.matcher(text);
        String email = m.find() ? m.group(1) : text;
        String refusal = "Choose someone from the list that appears as you type their name or email; "
                + "someone new is added with “Add a person”";
        if (email.isBlank()) {
            throw ValidationFailure.of("person", refusal);
        }
        try {
            Person found = people.findByEmail(email).orElseThrow(() -> new NotFound("nobody"));
            return people.find(found.getId(), reach());
        } catch (NotFound e) {
            throw ValidationFailure.of("person", refusal);
        }
    }

    private String again() {
        return "/organisation/school?faces-redirect=true&urn=" + urn;
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
    }

    /** Whether the section shows: the caller records joiners and leavers, and reaches the school. */
    public boolean isShown() {
        return staff != null;
    }

    public List<Member> getStaff() {
        return staff;
    }

    public Integer getUrn() {
        return urn;
    }

    public Long getLeaver() {
        return leaver;
    }

    public void setLeaver(Long leaver) {
        this.leaver = leaver;
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

    public String getJoiner() {
        return joiner;
    }

    public void setJoiner(String joiner) {
        this.joiner = joiner;
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

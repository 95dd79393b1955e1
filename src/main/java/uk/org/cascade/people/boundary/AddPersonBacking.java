package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.cascade.organisation.control.SchoolChoices;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.control.PersonForms.NewPerson;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * Adds a person with their job at a school, through the same {@link People#create} as the API: its rules, scope
 * check (a coordinator's school must be in their area) and audit. Opened from a school page, the school is filled in.
 */
@Named
@ViewScoped
public class AddPersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "add:name", "email", "add:email",
            "employment", "add:school", "schoolUrn", "add:school", "jobTitle", "add:jobTitle",
            "startDate", "add:start");

    @Inject
    People people;

    @Inject
    SchoolChoices schoolChoices;

    @Inject
    CurrentUser currentUser;

    private Integer fromSchool;
    private String name;
    private String email;
    private String school;
    private String jobTitle;
    private LocalDate start;

    /** Fills in the school the page was opened from, when the caller reaches it. */
    public void load() {
        if (school == null) {
            school = SchoolPicker.label(schoolChoices, fromSchool, reach()).orElse(null);
        }
    }

    public List<String> schools(String text) {
        return SchoolPicker.suggest(schoolChoices, text, reach());
    }

    public String save() {
        Person[] added = new Person[1];
        boolean done = Messages.attempt(() -> {
            Integer urn = SchoolPicker.urn(school);
            boolean noJob = urn == null && blank(jobTitle) && start == null;
            NewEmployment job = noJob ? null : new NewEmployment(urn, null, jobTitle, StaffDates.iso(start), null);
            added[0] = people.create(new NewPerson(name, email, job), reach());
        }, FIELDS, Map.of("employment", "Choose the school they work at, with their job title and first day."));
        if (!done) {
            return null;
        }
        Messages.done(added[0].getName() + " was added.");
        return "/people/person?faces-redirect=true&id=" + added[0].getId();
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Integer getFromSchool() {
        return fromSchool;
    }

    public void setFromSchool(Integer fromSchool) {
        this.fromSchool = fromSchool;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }
}

package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.org.cascade.organisation.control.SchoolReach;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/** A person's page: who they are and their employments over time; competency's PersonSignOffsBacking adds what they hold. */
@Named
@RequestScoped
public class PersonBacking {

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Person person;
    private List<Employment> timeline = List.of();

    public void load() throws IOException {
        try {
            person = people.find(id, Reach.of(currentUser.account()));
            timeline = people.timeline(person);
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public List<Employment> getTimeline() {
        return timeline;
    }

    /** Whether the reader may open the school's page: a coordinator sees another area's school as a name only. */
    public boolean mayOpen(School school) {
        return SchoolReach.mayOpen(currentUser.account(), school);
    }
}

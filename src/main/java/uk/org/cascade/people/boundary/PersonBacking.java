package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import uk.org.cascade.competency.boundary.SignOffView;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/** A person's page: who they are, their employments over time, what they hold and every sign-off. */
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
    private List<SignOffView> signOffs = List.of();
    private List<SignOffs.Held> held = List.of();

    @Inject
    SignOffs signOffRecords;

    @Inject
    Today today;

    public void load() throws IOException {
        try {
            person = people.find(id, Reach.of(currentUser.account()));
            timeline = people.timeline(person);
            var me = currentUser.account();
            List<SignOff> history = signOffRecords.history(person.getId(), me);
            Map<Long, Revocation> revoked = signOffRecords.revocations(history);
            signOffs = history.stream().map(s -> SignOffView.of(s, revoked.get(s.getId()))).toList();
            held = signOffRecords.held(person.getId(), today.date(), me);
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

    /** Every sign-off, newest first, with revocations. */
    public List<SignOffView> getSignOffs() {
        return signOffs;
    }

    /** What the person holds today. */
    public List<SignOffs.Held> getHeld() {
        return held;
    }

    public List<Employment> getTimeline() {
        return timeline;
    }
}

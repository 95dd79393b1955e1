package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/** The person page's competency panels: what they hold today and every sign-off, checked against the caller. */
@Named
@RequestScoped
public class PersonSignOffsBacking {

    @Inject
    SignOffs signOffRecords;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private List<SignOffView> signOffs = List.of();
    private List<SignOffs.Held> held = List.of();

    /** Called by the person page after it has found the person the caller may see (null when it has not). */
    public void load(Person person) throws IOException {
        if (person == null) {
            return;
        }
        long personId = person.getId();
        try {
            var me = currentUser.account();
            List<SignOff> history = signOffRecords.history(personId, me);
            Map<Long, Revocation> revoked = signOffRecords.revocations(history);
            signOffs = history.stream().map(s -> SignOffView.of(s, revoked.get(s.getId()))).toList();
            held = signOffRecords.held(personId, today.date(), me);
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    /** Every sign-off, newest first, with revocations. */
    public List<SignOffView> getSignOffs() {
        return signOffs;
    }

    /** What the person holds today. */
    public List<SignOffs.Held> getHeld() {
        return held;
    }
}

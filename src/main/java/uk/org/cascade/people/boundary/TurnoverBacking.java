package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.People.Turnover;
import uk.org.cascade.people.control.People;
import uk.org.cascade.security.control.CurrentUser;

/** Joiners and leavers per school over the last 90 days, for coordinators and administrators. */
@Named
@RequestScoped
public class TurnoverBacking {

    static final int DAYS = 90;

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    private List<Turnover> rows;

    public List<Turnover> getRows() {
        if (rows == null) {
            rows = people.turnover(DAYS, Reach.of(currentUser.account()));
        }
        return rows;
    }

    public int getDays() {
        return DAYS;
    }
}

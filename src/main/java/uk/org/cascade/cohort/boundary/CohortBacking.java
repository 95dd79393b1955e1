package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.cohort.control.CohortPlanning;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The cohort page's head: which cohort, its facts, what the caller may do with it, and moving it through its
 * life. Each other part of the page has its own bean ({@link CohortPageSection}); they reload after
 * {@link #changed()}.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Facts(String title, String programme, String area, String status, String statusName, String trainers,
                        long taken, int capacity, long waitlisted, long version) implements Serializable {
    }

    @Inject
    Cohorts cohorts;

    @Inject
    CohortPlanning planning;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortPageReads reads;

    private Long id;
    private Facts facts;
    private boolean teaches;
    private boolean plans;
    private boolean enrols;
    private long generation;
    private transient Cohort cohort;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound("Which cohort? Give its id.");
            }
            changed();
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    /** Reads the cohort afresh after a change (or a refused one); every section reloads when next asked. */
    public void changed() {
        reads.run(this::read);
    }

    private void read() {
        CohortReach reach = reach();
        Cohort found = cohorts.find(id, reach);
        Cohorts.Counts counts = cohorts.counts(found);
        teaches = reach.teaches(found);
        plans = reach.plans(found);
        enrols = found.getStatus().takesEnrolments() && (reach.everyone() || reach.scope().isPresent())
                && reach.seesRoster(found);
        facts = new Facts(found.getTitle(), found.getProgramme().getTitle(), found.getLocalAuthority() == null ? "Any area"
                : found.getLocalAuthority().getName(), found.getStatus().getLabel(), found.getStatus().name(),
                found.getLeadTrainers().stream().map(Person::getName).sorted().collect(Collectors.joining(", ")),
                counts.placesTaken(), found.getCapacity(), counts.waitlisted(), found.getVersion());
        cohort = found;
        generation++;
    }

    /** A new status changes what the page offers (enrolment, attendance), so the page is loaded afresh. */
    public String move(String status) {
        if (Messages.attempt(() -> planning.move(id, status, facts.version(), reach()), Map.of())) {
            Messages.done("The cohort is now " + CohortStatus.valueOf(status).getLabel().toLowerCase(Locale.UK) + ".");
            return "/cohort/cohort?faces-redirect=true&id=" + id;
        }
        changed();
        return null;
    }

    /** The cohort as last loaded, for the sections; null until the page found it. */
    public Cohort cohort() {
        if (cohort == null && facts != null) {
            reads.run(() -> cohort = cohorts.find(id, reach()));
        }
        return cohort;
    }

    public long generation() {
        return generation;
    }

    public CohortReach reach() {
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
}

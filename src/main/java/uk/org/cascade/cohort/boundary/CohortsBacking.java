package uk.org.cascade.cohort.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts.Counts;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PagedModel;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.platform.Dates;

/**
 * The cohort list: a trainer's own cohorts ("My cohorts"), a coordinator's area with fill rates, or all of
 * them for an administrator.
 */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row: places taken of capacity, and when it runs. */
    public record Row(long id, String title, String programme, String area, String status, String dates,
                      long taken, int capacity, long waitlisted, int fillPercent) implements Serializable {
    }

    @Inject
    Cohorts cohorts;

    @Inject
    Curriculum curriculum;

    @Inject
    CurrentUser currentUser;

    // Worked out again on whichever instance holds the session: it is the caller's, not the view's.
    private transient CohortReach reach;
    private boolean mine;
    private String status;
    private String programme;
    private List<Programme> programmes;

    private final PagedModel<Row> model = new PagedModel<>(slice -> {
        Page<Cohort> found = cohorts.page(new Cohorts.Filter(programme, status, null, mine), reach(), slice.page());
        Map<Long, Counts> counts = cohorts.counts(found.items());
        Map<Long, Instant[]> dates = cohorts.dates(found.items());
        return found.map(c -> row(c, counts.getOrDefault(c.getId(), Counts.NONE), dates.get(c.getId())));
    }, row -> Long.toString(row.id()));

    @PostConstruct
    void init() {
        // A trainer who is nothing else starts from their own cohorts.
        mine = reach().trainer() && !reach().everyone() && reach().scope().isEmpty();
    }

    private CohortReach reach() {
        if (reach == null) {
            reach = CohortReach.of(currentUser.account());
        }
        return reach;
    }

    private static Row row(Cohort c, Counts n, Instant[] span) {
        String dates = span == null ? "No sessions yet" : day(span[0])
                + (span[1].equals(span[0]) ? "" : " – " + day(span[1]));
        return new Row(c.getId(), c.getTitle(), c.getProgramme().getTitle(),
                c.getLocalAuthority() == null ? "Any area" : c.getLocalAuthority().getName(), c.getStatus().getLabel(),
                dates, n.placesTaken(), c.getCapacity(), n.waitlisted(),
                (int) Math.round(100.0 * Math.min(n.placesTaken(), c.getCapacity()) / c.getCapacity()));
    }

    static String day(Instant instant) {
        return Dates.day(instant);
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public CohortStatus[] getStatuses() {
        return CohortStatus.values();
    }

    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = curriculum.allProgrammes();
        }
        return programmes;
    }

    public boolean isMayPlan() {
        return reach().mayCreate();
    }
}

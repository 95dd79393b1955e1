package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortPlanning;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.boundary.Messages;

/** The cohort page's "Details": its title and number of places, for those who plan it. */
@Named
@ViewScoped
public class CohortDetailsBacking extends CohortPageSection {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> DETAIL_FIELDS = Map.of("title", "details:title", "capacity", "details:capacity");

    @Inject
    Cohorts cohorts;

    @Inject
    CohortPlanning planning;

    private String title;
    private Integer capacity;

    @Override
    protected void reload(Cohort cohort, CohortReach reach) {
        title = cohort.getTitle();
        capacity = cohort.getCapacity();
    }

    /** Keeps the trainers and area as they are: this section changes title and places only. */
    public void saveDetails() {
        Cohort current = cohorts.find(page.getId(), page.reach());
        if (Messages.attempt(() -> planning.revise(page.getId(), new CohortForm(null, title, capacity,
                current.getLeadTrainers().stream().map(Person::getId).toList(), null,
                current.getLocalAuthority() == null ? null : current.getLocalAuthority().getCode(), null,
                page.getFacts().version()), page.reach()), DETAIL_FIELDS)) {
            Messages.done("Details saved.");
        }
        page.changed();
    }

    public String getTitle() {
        fresh();
        return title;
    }

    public void setTitle(String title) {
        fresh();
        this.title = title;
    }

    public Integer getCapacity() {
        fresh();
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        fresh();
        this.capacity = capacity;
    }
}

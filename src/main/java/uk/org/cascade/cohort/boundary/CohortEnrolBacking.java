package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.Enrolments;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;

/** The cohort page's "Enrol staff": find someone the caller may see, and enrol them for a school they work at. */
@Named
@ViewScoped
public class CohortEnrolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Someone found to enrol and a school they work at today (one row per school). */
    public record Candidate(long personId, String name, String email, Integer schoolUrn, String school)
            implements Serializable {

        public String key() {
            return personId + ":" + schoolUrn;
        }
    }

    @Inject
    CohortBacking page;

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    CurrentUser currentUser;

    private String search;
    private String candidate;
    private List<Candidate> candidates = List.of();

    public void find() {
        People.Reach reach = People.Reach.of(currentUser.account());
        var found = people.search(search, reach, new PageRequest(0, 10)).items();
        Map<Long, List<Employment>> jobs = people.currentEmployments(found);
        candidates = found.stream().flatMap(p -> {
            List<Candidate> rows = jobs.getOrDefault(p.getId(), List.of()).stream().filter(e -> e.getSchool() != null)
                    .map(e -> new Candidate(p.getId(), p.getName(), p.getEmail(), e.getSchool().getUrn(),
                            e.getSchool().getName())).toList();
            return rows.isEmpty() ? Stream.of(new Candidate(p.getId(), p.getName(), p.getEmail(), null, null))
                    : rows.stream();
        }).toList();
        if (candidates.isEmpty()) {
            Messages.error("Nobody you can see matches '" + search + "'.");
        }
    }

    public void enrol() {
        Candidate chosen = candidates.stream().filter(c -> c.key().equals(candidate) && c.schoolUrn() != null).findFirst()
                .orElse(null);
        if (chosen == null) {
            Messages.error("Choose someone who works at a school today.");
            return;
        }
        long personId = chosen.personId();
        int schoolUrn = chosen.schoolUrn();
        Enrolment[] done = new Enrolment[1];
        if (Messages.attempt(() -> done[0] = enrolments.enrol(page.getId(), new EnrolmentForm(personId, schoolUrn),
                page.reach()), Map.of())) {
            Messages.done(done[0].getPerson().getName() + (done[0].getStatus() == EnrolmentStatus.ENROLLED
                    ? " has a place." : " is on the waiting list."));
            candidates = List.of();
            search = null;
        }
        page.changed();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }
}

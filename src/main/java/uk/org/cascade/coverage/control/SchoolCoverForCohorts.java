package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.org.cascade.cohort.control.SchoolCover;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.control.Today;

/** Coverage's answer to the waiting list: which schools are covered today for a programme. */
@ApplicationScoped
public class SchoolCoverForCohorts implements SchoolCover {

    @Inject
    Curriculum curriculum;

    @Inject
    CoverageQuery coverage;

    @Inject
    Today today;

    @Override
    public Set<Integer> coveredToday(Programme programme, Set<Integer> urns) {
        return urns.isEmpty() ? Set.of() : curriculum.ownCompetency(programme, Level.PRACTITIONER)
                .map(c -> coverage.coveredSchools(c.getId(), today.date(), urns)).orElse(Set.of());
    }
}

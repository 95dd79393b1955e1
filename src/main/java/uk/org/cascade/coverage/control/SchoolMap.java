package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.organisation.control.BritishGrid;
import uk.org.cascade.organisation.control.BritishGrid.LatLon;

/**
 * Every open school of a coverage question with its status and its place on the map, from one run of the per-school
 * statement. A school that GIAS gives no grid reference is kept apart as "not on the map", so that none silently
 * disappears from the count.
 */
@ApplicationScoped
public class SchoolMap {

    /** A school's coverage and where it is. */
    public record Placed(SchoolCoverage school, LatLon at) {
    }

    /** The schools the map shows, and those it cannot place. */
    public record Schools(List<Placed> onMap, List<SchoolCoverage> notOnMap) {

        public int total() {
            return onMap.size() + notOnMap.size();
        }
    }

    @Inject
    CoverageQuery query;

    public Schools schools(Question question) {
        List<Placed> onMap = new ArrayList<>();
        List<SchoolCoverage> notOnMap = new ArrayList<>();
        // The map needs no at-risk reasons: the statement alone, not a whole CoverageView.
        for (SchoolCoverage s : query.all(question.practitioner().getId(), question.day(), question.area())) {
            BritishGrid.toWgs84(s.easting(), s.northing())
                    .ifPresentOrElse(at -> onMap.add(new Placed(s, at)), () -> notOnMap.add(s));
        }
        return new Schools(onMap, notOnMap);
    }
}

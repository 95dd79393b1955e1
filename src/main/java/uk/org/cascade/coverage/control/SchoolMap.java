package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.organisation.control.BritishGrid.LatLon;
import uk.org.cascade.organisation.control.SchoolPositions;

/**
 * Every open school of a coverage question with its status and its place on the map. A school that GIAS gives no
 * grid reference is kept apart as "not on the map", so that none silently disappears from the count.
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

    @Inject
    SchoolPositions positions;

    public Schools schools(Question question) {
        List<SchoolCoverage> all = new ArrayList<>();
        query.forEach(question.practitioner().getId(), question.day(), question.area(), Filter.NONE, all::add);
        // The seam: once SchoolCoverage carries easting and northing, BritishGrid.toWgs84(s.easting(), s.northing())
        // replaces this second statement.
        Map<Integer, LatLon> at = positions.in(question.area().laCodes());
        List<Placed> onMap = new ArrayList<>();
        List<SchoolCoverage> notOnMap = new ArrayList<>();
        for (SchoolCoverage s : all) {
            LatLon point = at.get(s.urn());
            if (point == null) {
                notOnMap.add(s);
            } else {
                onMap.add(new Placed(s, point));
            }
        }
        return new Schools(onMap, notOnMap);
    }
}

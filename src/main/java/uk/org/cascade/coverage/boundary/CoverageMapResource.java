package uk.org.cascade.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.coverage.boundary.CoverageResource.LocalAuthorityView;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.SchoolMap;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.security.control.CurrentUser;

/** The map of schools: every open school in the caller's area with its coverage status and its place. */
@Path("v1/coverage/map")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage")
public class CoverageMapResource {

    /** A school on the map, at WGS84 {@code lat}/{@code lon} to about a metre. */
    public record OnMap(int urn, String name, LocalAuthorityView localAuthority, String status, long trainedStaff,
                        int target, double lat, double lon) {

        static OnMap of(SchoolMap.Placed p) {
            SchoolCoverage s = p.school();
            return new OnMap(s.urn(), s.name(), new LocalAuthorityView(s.laCode(), s.laName()), s.status().name(),
                    s.trained(), s.target(), metre(p.at().lat()), metre(p.at().lon()));
        }
    }

    /** A school GIAS gives no grid reference: counted and listed, though not drawn. */
    public record NotOnMap(int urn, String name, LocalAuthorityView localAuthority, String status, long trainedStaff,
                           int target) {

        static NotOnMap of(SchoolCoverage s) {
            return new NotOnMap(s.urn(), s.name(), new LocalAuthorityView(s.laCode(), s.laName()), s.status().name(),
                    s.trained(), s.target());
        }
    }

    public record MapView(String programme, LocalDate date, long total, Map<String, Long> counts, List<OnMap> schools,
                          List<NotOnMap> notOnMap) {
    }

    @Inject
    Coverage coverage;

    @Inject
    SchoolMap map;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getCoverageMap",
            summary = "Every open school in the caller's area for a programme on a date (default today), with its "
            + "status (COVERED, AT_RISK, GAP, NOT_STARTED), trainedStaff, target and WGS84 lat/lon from its GIAS "
            + "Easting/Northing; schools GIAS gives no grid reference are listed in notOnMap. counts per status cover "
            + "both. Same programme, date, la and region parameters and scope as the coverage list")
    public MapView schools(@QueryParam("programme") String programme, @QueryParam("date") String date,
                           @QueryParam("la") String la, @QueryParam("region") String region) {
        Validation check = new Validation();
        LocalDate day = check.date(date, "date");
        Integer code = null;
        if (la != null && !la.isBlank()) {
            // Read here rather than by JAX-RS, whose answer to "la=Norfolk" would be a bare 404.
            code = la.strip().matches("\\d{1,9}") ? Integer.valueOf(la.strip()) : null;
            check.require(code != null, "la", "la must be a local authority's DfE code, such as 926");
        }
        check.orThrow();
        Question question = coverage.question(currentUser.account(), programme, day, code, region);
        SchoolMap.Schools schools = map.schools(question);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CoverageStatus s : CoverageStatus.values()) {
            counts.put(s.name(), 0L);
        }
        schools.onMap().forEach(p -> counts.merge(p.school().status().name(), 1L, Long::sum));
        schools.notOnMap().forEach(s -> counts.merge(s.status().name(), 1L, Long::sum));
        return new MapView(question.programme().getCode(), question.day(), schools.total(), counts,
                schools.onMap().stream().map(OnMap::of).toList(),
                schools.notOnMap().stream().map(NotOnMap::of).toList());
    }

    /** Five decimal places of a degree: about a metre, finer than GIAS's grid references need. */
    private static double metre(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}

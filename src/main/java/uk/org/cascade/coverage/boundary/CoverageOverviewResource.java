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
import uk.org.cascade.coverage.boundary.CoverageResource.ReasonView;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageView;
import uk.org.cascade.coverage.control.CoverageViews;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The dashboard's headline through the API, from one {@link CoverageView}: counts per status with last month's,
 * and the schools that need attention, most urgent first. Beside CoverageResource, which is near its size limit.
 */
@Path("v1/coverage/overview")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage")
public class CoverageOverviewResource {

    public record AttentionView(int urn, String name, String status, long trainedStaff, int target,
                                LocalDate losesCoverOn, LocalAuthorityView localAuthority,
                                List<ReasonView> atRiskReasons) {

        static AttentionView of(CoverageView.Attention a) {
            var s = a.school();
            return new AttentionView(s.urn(), s.name(), s.status().name(), s.trained(), s.target(), a.losesCoverOn(),
                    new LocalAuthorityView(s.laCode(), s.laName()), s.reasons().stream().map(ReasonView::of).toList());
        }
    }

    public record LastMonthView(LocalDate month, Map<String, Long> counts) {
    }

    public record Overview(String programme, LocalDate date, Map<String, Long> counts, long schools, long resilient,
                           long trainedStaff, LastMonthView lastMonth, Page<AttentionView> attention) {
    }

    @Inject
    Coverage coverage;

    @Inject
    CoverageViews views;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getCoverageOverview",
            summary = "Counts of schools per status in the caller's area (or la/region) for a programme on a date, "
            + "the counts of the first of last month's snapshot (null when not taken), and the GAP and AT_RISK schools, "
            + "gaps first then the soonest loss of cover, paged, with reasons")
    public Overview overview(@QueryParam("programme") String programme, @QueryParam("la") Integer la,
                             @QueryParam("region") String region, @QueryParam("date") String date,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Validation check = new Validation();
        LocalDate day = check.date(date, "date");
        check.orThrow();
        Question question = coverage.question(currentUser.account(), programme, day, la, region);
        CoverageView view = views.view(question);
        CoverageView.Counts counts = view.counts();
        return new Overview(question.programme().getCode(), question.day(), named(counts.schools()), counts.total(),
                counts.resilient(), counts.trainedStaff(), view.lastMonth()
                .map(m -> new LastMonthView(m.day(), named(m.schools()))).orElse(null),
                view.attention(request).map(AttentionView::of));
    }

    private static Map<String, Long> named(Map<CoverageStatus, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (CoverageStatus s : CoverageStatus.values()) {
            named.put(s.name(), counts.getOrDefault(s, 0L));
        }
        return named;
    }
}

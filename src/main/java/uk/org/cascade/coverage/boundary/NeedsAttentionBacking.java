package uk.org.cascade.coverage.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.CoverageQuery;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRule;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.boundary.PagedModel;

/**
 * The dashboard's school list: a lazy table of the schools of the statuses chosen (at risk and gaps unless the
 * address says otherwise), narrowed by a chart's or breakdown's phase, urban/rural class or IMD decile, with their
 * reasons, exportable as it stands. Its "last supervision" column is supervision's (LastSupervisionBacking).
 */
@Named
@ViewScoped
public class NeedsAttentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A school in the table. */
    public record Row(SchoolCoverage school) implements Serializable {

        /** Cover held on the day: what "covered but unsupervised" is about. */
        public boolean inCover() {
            return school.status() == CoverageStatus.COVERED || school.status() == CoverageStatus.AT_RISK;
        }
    }

    /** The address's word for every status. */
    static final String ALL = "ALL";

    @Inject
    transient CoverageQuery query;

    @Inject
    CoverageBacking dashboard;

    private List<Integer> pageUrns = List.of();

    private final PagedModel<Row> model = new PagedModel<>(slice -> {
        var question = dashboard.getQuestion();
        var page = query.schools(question.practitioner().getId(), question.day(), question.area(), filter(),
                slice.page(), slice.sortField() == null ? "status" : slice.sortField(), slice.ascending());
        pageUrns = page.items().stream().map(SchoolCoverage::urn).toList();
        return page.map(Row::new);
    }, r -> Integer.toString(r.school().urn()));

    public PagedModel<Row> getModel() {
        return model;
    }

    /** The URNs of the page of schools on screen, so that a column can fetch its data for all of them at once. */
    public List<Integer> getPageUrns() {
        return pageUrns;
    }

    /** The list's narrowing, from the address; a status list the API would refuse shows all statuses. */
    CoverageQuery.Filter filter() {
        Validation validation = new Validation();
        var statuses = CoverageResource.statuses(statusParameter(), validation);
        return new CoverageQuery.Filter(dashboard.getPhase(), dashboard.getUrbanRural(), dashboard.getImd(),
                validation.isValid() ? statuses : java.util.Set.of(), null);
    }

    /** The statuses in the address as the API takes them: "ALL" (or nothing) is every status. */
    private String statusParameter() {
        String status = dashboard.getStatus();
        return status == null || status.equals(ALL) ? "" : status;
    }

    /** What the list shows, in words, for its heading: "At risk and gaps", "Covered", "All schools". */
    public String getShowing() {
        return getChoices().stream().filter(c -> c[0].equals(dashboard.getStatus())).map(c -> c[1]).findFirst()
                .orElse("Chosen schools");
    }

    /** Whether the list is narrowed by a breakdown's row as well as by status. */
    public boolean isNarrowed() {
        return dashboard.getPhase() != null || dashboard.getUrbanRural() != null || dashboard.getImd() != null;
    }

    public String exportUrl(String format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("programme", dashboard.getProgramme());
        params.put("date", dashboard.getDate());
        params.put("la", dashboard.getLa());
        params.put("status", statusParameter());
        params.put("phase", dashboard.getPhase());
        params.put("urbanRural", dashboard.getUrbanRural());
        params.put("imdDecile", dashboard.getImd());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/coverage/export?"
                + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String reasons(SchoolCoverage s) {
        return s.reasons().stream().map(CoverageRule.Reason::text).collect(Collectors.joining("; "));
    }

    /** The status choices above the list, each a link: its address value and its words. */
    public List<String[]> getChoices() {
        return List.of(new String[] {CoverageBacking.NEEDS_ATTENTION, "At risk and gaps"},
                new String[] {"AT_RISK", "At risk"}, new String[] {"GAP", "Gaps"},
                new String[] {"NOT_STARTED", "Not started"}, new String[] {"COVERED", "Covered"},
                new String[] {ALL, "All schools"});
    }
}

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
 * The dashboard's "schools that need attention": a lazy table of the schools of the chosen statuses with their
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

    @Inject
    transient CoverageQuery query;

    @Inject
    CoverageBacking dashboard;

    private String table = "AT_RISK,GAP";
    private List<Integer> pageUrns = List.of();

    private final PagedModel<Row> model = new PagedModel<>(slice -> {
        var question = dashboard.getQuestion();
        var page = query.schools(question.practitioner().getId(), question.day(), question.area(),
                new CoverageQuery.Filter(null, null, null, CoverageResource.statuses(table, new Validation()), null),
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

    public String exportUrl(String format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("programme", dashboard.getProgramme());
        params.put("date", dashboard.getDate());
        params.put("la", dashboard.getLa());
        params.put("status", table);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/coverage/export?"
                + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String reasons(SchoolCoverage s) {
        return s.reasons().stream().map(CoverageRule.Reason::text).collect(Collectors.joining("; "));
    }

    public List<String[]> getTableChoices() {
        return List.of(new String[] {"AT_RISK,GAP", "At risk and gaps"}, new String[] {"AT_RISK", "At risk"},
                new String[] {"GAP", "Gaps"}, new String[] {"NOT_STARTED", "Not started"},
                new String[] {"COVERED", "Covered"}, new String[] {"", "All schools"});
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }
}

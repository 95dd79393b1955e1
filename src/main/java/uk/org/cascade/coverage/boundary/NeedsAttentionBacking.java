package uk.org.cascade.coverage.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.CoverageQuery;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRule;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.boundary.Page;
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
    CoverageBacking dashboard;

    private List<Integer> pageUrns = List.of();

    /** The list's orders, as the API's {@code sort} keys name them; status puts the most pressing first. */
    private static final Map<String, Comparator<SchoolCoverage>> ORDERS = Map.of(
            "name", Comparator.comparing(SchoolCoverage::name, String.CASE_INSENSITIVE_ORDER),
            "localAuthority", Comparator.comparing(SchoolCoverage::laName),
            "status", Comparator.comparingInt(s -> List.of(CoverageStatus.GAP, CoverageStatus.AT_RISK,
                    CoverageStatus.NOT_STARTED, CoverageStatus.COVERED).indexOf(s.status())),
            "trained", Comparator.comparingLong(SchoolCoverage::trained),
            "phase", Comparator.comparing(SchoolCoverage::phase, Comparator.nullsFirst(Comparator.naturalOrder())),
            "urbanRural", Comparator.comparing(SchoolCoverage::urbanRural, Comparator.nullsFirst(Comparator.naturalOrder())),
            "imdDecile", Comparator.comparing(SchoolCoverage::imdDecile, Comparator.nullsFirst(Comparator.naturalOrder())));

    @Inject
    DashboardView view;

    /** A page of the list, from the dashboard's one view of every school: no second statement for the table. */
    private final PagedModel<Row> model = new PagedModel<>(slice -> {
        CoverageQuery.Filter filter = filter();
        Comparator<SchoolCoverage> order = ORDERS.getOrDefault(slice.sortField() == null ? "status" : slice.sortField(),
                ORDERS.get("name"));
        order = (slice.ascending() ? order : order.reversed()).thenComparing(ORDERS.get("name"))
                .thenComparingInt(SchoolCoverage::urn);
        List<SchoolCoverage> matching = view.get().schools().stream().filter(s -> matches(filter, s)).sorted(order)
                .toList();
        int from = Math.min(slice.page().first(), matching.size());
        List<SchoolCoverage> page = matching.subList(from, Math.min(from + slice.page().size(), matching.size()));
        pageUrns = page.stream().map(SchoolCoverage::urn).toList();
        return new Page<>(page.stream().map(Row::new).toList(), slice.page().page(), slice.page().size(),
                matching.size());
    }, r -> Integer.toString(r.school().urn()));

    /** The list's narrowing as the per-school statement applies it (CoverageQuery.statuses). */
    private static boolean matches(CoverageQuery.Filter f, SchoolCoverage s) {
        return (f.statuses().isEmpty() || f.statuses().contains(s.status()))
                && (f.phase() == null || f.phase().isBlank() || f.phase().strip().equals(s.phase()))
                && (f.urbanRural() == null || f.urbanRural().isBlank() || f.urbanRural().strip().equals(s.urbanRural()))
                && (f.imdDecile() == null || f.imdDecile().equals(s.imdDecile()));
    }

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

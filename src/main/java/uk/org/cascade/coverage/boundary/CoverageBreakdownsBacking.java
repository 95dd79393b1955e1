package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.org.cascade.coverage.control.CoverageRollups.Cell;
import uk.org.cascade.coverage.control.CoverageView;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.boundary.Wording;

/**
 * The dashboard's counts: the headline and its change since a month before, status by local authority, and who
 * takes it up (by IMD decile, urban/rural class and phase), all summed from one aggregate of the question on
 * screen. Each breakdown's chart and table rows link to the school list narrowed to that row.
 */
@Named
@RequestScoped
public class CoverageBreakdownsBacking {

    @Inject
    DashboardView view;

    @Inject
    CoverageBacking dashboard;

    @Inject
    Wording wording;

    private CoverageView.Earlier monthBefore;

    private CoverageView cubedFrom;
    private List<Cell> cells;
    private final Map<String, List<Breakdown>> sums = new HashMap<>();

    /**
     * The cube every breakdown sums, from the dashboard's one view; empty without a question. Summed once per view:
     * a page asks each breakdown several times (chart, height, table), and England's view holds 22,000 schools.
     */
    private List<Cell> cells() {
        CoverageView now = view.get();
        if (now != cubedFrom) {
            cubedFrom = now;
            cells = now == null ? List.of() : now.cube();
            sums.clear();
        }
        return cells;
    }

    public Breakdown getHeadline() {
        return breakdown("all", c -> "all", c -> "All schools").stream().findFirst()
                .orElse(new Breakdown("all", "All schools", 0, 0, 0, 0, 0));
    }

    /** The day the headline's changes are counted from: the first of last month. */
    public LocalDate getMonthBefore() {
        return earlier().day();
    }

    /** The change in schools of {@code status} since last month, in words: "2 more", "1 fewer", "No change". */
    public String change(String status) {
        long delta = earlier().change(view.get().counts(), CoverageStatus.valueOf(status));
        return delta == 0 ? "No change" : Math.abs(delta) + (delta > 0 ? " more" : " fewer");
    }

    private CoverageView.Earlier earlier() {
        if (monthBefore == null) {
            monthBefore = view.lastMonth();
        }
        return monthBefore;
    }

    /** Open schools of {@code status} (its name) on the day shown. */
    public long count(String status) {
        return getHeadline().count(CoverageStatus.valueOf(status));
    }

    public long getResilient() {
        return view.get().counts().resilient();
    }

    public List<Breakdown> getByLocalAuthority() {
        return breakdown("la", c -> String.valueOf(c.laCode()), Cell::laName);
    }

    public List<Breakdown> getByPhase() {
        return breakdown("phase", Cell::phase, Cell::phase);
    }

    public List<Breakdown> getByUrbanRural() {
        return breakdown("urbanRural", Cell::urbanRural, c -> wording.gias(c.urbanRural()));
    }

    public List<Breakdown> getByImdDecile() {
        return breakdown("imd", c -> String.format("%02d", c.imdDecile()), c -> c.imdDecile() == 0 ? "Not recorded"
                : "Decile " + c.imdDecile() + (c.imdDecile() == 1 ? " (most deprived)" : c.imdDecile() == 10
                ? " (least deprived)" : ""));
    }

    public String getLocalAuthorityChart() {
        return StatusCharts.stackedBar(getByLocalAuthority(), true, "la");
    }

    public String getImdChart() {
        return StatusCharts.stackedBar(getByImdDecile(), false, "imd");
    }

    public String getUrbanRuralChart() {
        return StatusCharts.stackedBar(getByUrbanRural(), true, "urbanRural");
    }

    public String getPhaseChart() {
        return StatusCharts.stackedBar(getByPhase(), true, "phase");
    }

    /**
     * The link that narrows the school list to a breakdown's row ({@code param} la, imd, urbanRural or phase);
     * null for "not recorded", which no filter can ask for.
     */
    public String rowLink(String param, String key) {
        if (key == null || key.equals("00") || key.equals("Not recorded")) {
            return null;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put(param, param.equals("imd") ? Integer.valueOf(key) : key);
        return dashboard.link(changes);
    }

    /** The breakdown {@code name}, summed once per view. */
    private List<Breakdown> breakdown(String name, Function<Cell, String> key, Function<Cell, String> label) {
        List<Cell> all = cells();
        return sums.computeIfAbsent(name, k -> breakdown(all, key, label));
    }

    private static List<Breakdown> breakdown(List<Cell> cells, Function<Cell, String> key, Function<Cell, String> label) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Cell c : cells) {
            String k = key.apply(c);
            labels.putIfAbsent(k, label.apply(c));
            long[] s = sums.computeIfAbsent(k, x -> new long[5]);
            s[c.status().ordinal()] += c.schools();
            s[4] += c.trainedStaff();
        }
        return sums.entrySet().stream().map(e -> new Breakdown(e.getKey(), labels.get(e.getKey()), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .sorted(Comparator.comparing(CoverageBreakdownsBacking::sortKey)).toList();
    }

    private static String sortKey(Breakdown b) {
        return b.key().matches("\\d{2}") ? b.key() : b.label();
    }
}

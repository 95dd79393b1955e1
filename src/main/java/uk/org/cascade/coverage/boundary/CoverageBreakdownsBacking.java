package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageRollups;
import uk.org.cascade.coverage.control.CoverageRollups.Cell;

/**
 * The dashboard's counts: the headline, status by local authority, and who takes it up (by IMD decile,
 * urban/rural class and phase), all summed from one aggregate of the question on screen.
 */
@Named
@RequestScoped
public class CoverageBreakdownsBacking {

    @Inject
    CoverageRollups rollups;

    @Inject
    CoverageBacking dashboard;

    private List<Cell> cells;
    private Question askedOf;

    /**
     * The one aggregate every breakdown sums, for the dashboard's question; empty without one. Asked again when
     * the question changes within the request: the tables' ui:repeat reads it before "Show coverage" applies.
     */
    private List<Cell> cells() {
        Question question = dashboard.getQuestion();
        if (cells == null || askedOf != question) {
            askedOf = question;
            cells = question == null ? List.of()
                    : rollups.cube(question.practitioner().getId(), question.day(), question.area());
        }
        return cells;
    }

    public Breakdown getHeadline() {
        return breakdown(c -> "all", c -> "All schools").stream().findFirst()
                .orElse(new Breakdown("all", "All schools", 0, 0, 0, 0, 0));
    }

    public long getResilient() {
        return cells().stream().mapToLong(Cell::resilient).sum();
    }

    public List<Breakdown> getByLocalAuthority() {
        return breakdown(c -> String.valueOf(c.laCode()), Cell::laName);
    }

    public List<Breakdown> getByPhase() {
        return breakdown(Cell::phase, Cell::phase);
    }

    public List<Breakdown> getByUrbanRural() {
        return breakdown(Cell::urbanRural, Cell::urbanRural);
    }

    public List<Breakdown> getByImdDecile() {
        return breakdown(c -> String.format("%02d", c.imdDecile()), c -> c.imdDecile() == 0 ? "Not recorded"
                : "Decile " + c.imdDecile() + (c.imdDecile() == 1 ? " (most deprived)" : c.imdDecile() == 10
                ? " (least deprived)" : ""));
    }

    public String getLocalAuthorityChart() {
        return StatusCharts.stackedBar(getByLocalAuthority(), true);
    }

    public String getImdChart() {
        return StatusCharts.stackedBar(getByImdDecile(), false);
    }

    public String getUrbanRuralChart() {
        return StatusCharts.stackedBar(getByUrbanRural(), true);
    }

    public String getPhaseChart() {
        return StatusCharts.stackedBar(getByPhase(), true);
    }

    private List<Breakdown> breakdown(Function<Cell, String> key, Function<Cell, String> label) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Cell c : cells()) {
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

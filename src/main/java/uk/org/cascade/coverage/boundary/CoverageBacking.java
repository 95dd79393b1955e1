package uk.org.cascade.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.CoverageRollups;
import uk.org.cascade.coverage.control.CoverageRollups.Cell;
import uk.org.cascade.coverage.control.CoverageRollups.TrendPoint;
import uk.org.cascade.coverage.control.CoverageSnapshots;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The coordinator's dashboard: its filters and the question they ask, the headline counts, status by local
 * authority, the 12-month trend and breakdowns by phase, urban/rural class and IMD decile (all from one aggregate).
 * The alerts and the table of schools that need attention have beans of their own.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");
    /** Status colours with at least 4.5:1 contrast on white; the status is also always written out. */
    static final Map<CoverageStatus, String> COLOURS = Map.of(CoverageStatus.COVERED, "#1b6e3a",
            CoverageStatus.AT_RISK, "#9a4d00", CoverageStatus.GAP, "#b3261e", CoverageStatus.NOT_STARTED, "#5c5f66");

    /** Schools per status along one breakdown; "in cover" counts COVERED and AT_RISK (cover held today). */
    public record Breakdown(String key, String label, long covered, long atRisk, long gap, long notStarted,
                            long trained) implements Serializable {

        public long total() {
            return covered + atRisk + gap + notStarted;
        }

        public long inCoverPercent() {
            return total() == 0 ? 0 : Math.round(100.0 * (covered + atRisk) / total());
        }

        long count(CoverageStatus s) {
            return switch (s) {
                case COVERED -> covered;
                case AT_RISK -> atRisk;
                case GAP -> gap;
                case NOT_STARTED -> notStarted;
            };
        }
    }

    @Inject
    transient Coverage coverage;

    @Inject
    transient CoverageRollups rollups;

    @Inject
    transient CurrentUser currentUser;

    private String programme;
    private LocalDate date;
    private Integer la;

    private Question question;
    private List<Cell> cells;
    private List<TrendPoint> trend;
    private List<Programme> programmes;
    private List<LocalAuthority> localAuthorities;

    @PostConstruct
    void init() {
        programmes = coverage.programmes();
        localAuthorities = coverage.localAuthorities(currentUser.account());
        programme = programmes.isEmpty() ? null : programmes.get(0).getCode();
        date = coverage.today();
        load();
    }

    /** Applies the filters on screen. */
    public void apply() {
        load();
    }

    private void load() {
        if (programme == null) {
            return;
        }
        try {
            question = coverage.question(currentUser.account(), programme, date, la, null);
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of("date", "filters:date", "la", "filters:la", "programme", "filters:programme"));
            return;
        }
        cells = rollups.cube(question.practitioner().getId(), question.day(), question.area());
        trend = rollups.trend(question.programme().getId(), question.area(),
                question.day().withDayOfMonth(1).minusMonths(CoverageSnapshots.MONTHS - 1));
    }

    public boolean isReady() {
        return question != null && cells != null;
    }

    // ---- headline ----------------------------------------------------------------------------------------------

    public Breakdown getHeadline() {
        return breakdown(c -> "all", c -> "All schools").stream().findFirst()
                .orElse(new Breakdown("all", "All schools", 0, 0, 0, 0, 0));
    }

    public long getResilient() {
        return cells.stream().mapToLong(Cell::resilient).sum();
    }

    public String getDayLabel() {
        return question.day().format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
    }

    public boolean isToday() {
        return question.day().equals(coverage.today());
    }

    // ---- breakdowns --------------------------------------------------------------------------------------------

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

    private List<Breakdown> breakdown(Function<Cell, String> key, Function<Cell, String> label) {
        if (cells == null) {
            return List.of();
        }
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
                .sorted(Comparator.comparing(CoverageBacking::sortKey)).toList();
    }

    private static String sortKey(Breakdown b) {
        return b.key().matches("\\d{2}") ? b.key() : b.label();
    }

    // ---- charts (Chart.js configurations for p:chart) ----------------------------------------------------------

    public String getLocalAuthorityChart() {
        return stackedBar(getByLocalAuthority(), true);
    }

    public String getImdChart() {
        return stackedBar(getByImdDecile(), false);
    }

    public String getUrbanRuralChart() {
        return stackedBar(getByUrbanRural(), true);
    }

    public String getPhaseChart() {
        return stackedBar(getByPhase(), true);
    }

    private static String stackedBar(List<Breakdown> rows, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CoverageStatus s : CoverageStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.count(s)));
            datasets.add(Json.createObjectBuilder().add("label", label(s)).add("data", data)
                    .add("backgroundColor", COLOURS.get(s)));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", axis)))
                .build().toString();
    }

    /** The trend as rows (month, counts) for the table alternative. */
    public List<Breakdown> getTrendRows() {
        Map<LocalDate, long[]> months = new java.util.TreeMap<>();
        for (TrendPoint p : trend == null ? List.<TrendPoint>of() : trend) {
            months.computeIfAbsent(p.month(), m -> new long[4])[p.status().ordinal()] += p.schools();
        }
        return months.entrySet().stream().map(e -> new Breakdown(e.getKey().toString(), e.getKey().format(MONTH),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], 0)).toList();
    }

    public String getTrendChart() {
        List<Breakdown> rows = getTrendRows();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CoverageStatus s : CoverageStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.count(s)));
            datasets.add(Json.createObjectBuilder().add("label", label(s)).add("data", data)
                    .add("borderColor", COLOURS.get(s)).add("backgroundColor", COLOURS.get(s)).add("fill", false));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }

    public static String label(CoverageStatus s) {
        return switch (s) {
            case COVERED -> "Covered";
            case AT_RISK -> "At risk";
            case GAP -> "Gap";
            case NOT_STARTED -> "Not started";
        };
    }

    public String statusLabel(String status) {
        return label(CoverageStatus.valueOf(status));
    }

    // ---- filters ------------------------------------------------------------------------------------------------

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public List<LocalAuthority> getLocalAuthorities() {
        return localAuthorities;
    }


    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getLa() {
        return la;
    }

    public void setLa(Integer la) {
        this.la = la;
    }

    public Question getQuestion() {
        return question;
    }
}

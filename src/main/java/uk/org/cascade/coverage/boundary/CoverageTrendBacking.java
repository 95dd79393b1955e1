package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageRollups;
import uk.org.cascade.coverage.control.CoverageRollups.TrendPoint;
import uk.org.cascade.coverage.control.CoverageSnapshots;
import uk.org.cascade.platform.Dates;

/** The dashboard's last 12 months: schools per status by month, from the monthly snapshots of the question's area. */
@Named
@RequestScoped
public class CoverageTrendBacking {

    private static final DateTimeFormatter MONTH = Dates.MONTH;

    @Inject
    CoverageRollups rollups;

    @Inject
    CoverageBacking dashboard;

    private List<Breakdown> rows;
    private Question askedOf;

    /** The trend as rows (month, counts) for the table alternative; again if the question changes within the request. */
    public List<Breakdown> getTrendRows() {
        Question question = dashboard.getQuestion();
        if (rows == null || askedOf != question) {
            askedOf = question;
            List<TrendPoint> trend = question == null ? List.of() : rollups.trend(question.programme().getId(),
                    question.area(), question.day().withDayOfMonth(1).minusMonths(CoverageSnapshots.MONTHS - 1));
            Map<LocalDate, long[]> months = new TreeMap<>();
            for (TrendPoint p : trend) {
                months.computeIfAbsent(p.month(), m -> new long[4])[p.status().ordinal()] += p.schools();
            }
            rows = months.entrySet().stream().map(e -> new Breakdown(e.getKey().toString(), e.getKey().format(MONTH),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], 0)).toList();
        }
        return rows;
    }

    public String getTrendChart() {
        return StatusCharts.lines(getTrendRows());
    }
}

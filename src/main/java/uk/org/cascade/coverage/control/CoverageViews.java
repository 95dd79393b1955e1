package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRollups.GroupBy;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.entity.CoverageStatus;

/**
 * Answers a coverage question as one {@link CoverageView}: the per-school statement once, the reasons of its AT_RISK
 * schools (two queries, however many), and last month's snapshot (two small reads). No cache: every view is read
 * from the data as it stands, so it cannot disagree with the rule. Ask once per request and keep the view for it.
 */
@ApplicationScoped
public class CoverageViews {

    @Inject
    CoverageQuery query;

    @Inject
    CoverageRollups rollups;

    public CoverageView view(Question question) {
        long competency = question.practitioner().getId();
        LocalDate day = question.day();
        List<SchoolCoverage> schools = query.all(competency, day, question.area());
        List<Integer> atRisk = schools.stream().filter(s -> s.status() == CoverageStatus.AT_RISK)
                .map(SchoolCoverage::urn).toList();
        if (!atRisk.isEmpty()) {
            Map<Integer, List<Reason>> reasons = query.reasons(atRisk, competency, day);
            schools = schools.stream().map(s -> s.status() == CoverageStatus.AT_RISK
                    ? s.withReasons(reasons.getOrDefault(s.urn(), List.of())) : s).toList();
        }
        LocalDate lastMonth = day.minusMonths(1).withDayOfMonth(1);
        return new CoverageView(day, schools, rollups.snapshot(question.programme().getId(), question.area(), lastMonth)
                .map(counts -> new CoverageView.Earlier(lastMonth, counts)));
    }

    /**
     * The question's counts per status on another {@code day} (e.g. a month before), by the rule as it reads the data
     * now: one more run of the statement, grouped in the database. {@link CoverageView#lastMonth()} costs nothing but
     * is the first of last month as its snapshot stored it; this is exact to the day and costs a statement.
     */
    public CoverageView.Earlier countsOn(Question question, LocalDate day) {
        Map<CoverageStatus, Long> counts = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus s : CoverageStatus.values()) {
            counts.put(s, 0L);
        }
        rollups.summary(question.practitioner().getId(), day, question.area(), Filter.NONE, GroupBy.REGION)
                .forEach(t -> counts.merge(t.status(), t.schools(), Long::sum));
        return new CoverageView.Earlier(day, counts);
    }
}

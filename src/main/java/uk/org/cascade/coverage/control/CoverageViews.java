package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
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
}

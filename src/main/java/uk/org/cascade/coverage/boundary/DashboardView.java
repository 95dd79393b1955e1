package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageView;
import uk.org.cascade.coverage.control.CoverageViews;

/**
 * The dashboard's one {@link CoverageView} per request: every section (counts, breakdowns, what needs doing, the
 * school list, the map) reads the same run of the per-school statement, so they cannot disagree and a page costs
 * one statement. Asked again only if the question changes within the request.
 */
@RequestScoped
public class DashboardView {

    @Inject
    CoverageViews views;

    @Inject
    CoverageBacking dashboard;

    private CoverageView view;
    private Question askedOf;

    /** The view of the question on screen; null without one. */
    public CoverageView get() {
        Question question = dashboard.getQuestion();
        if (question == null) {
            return null;
        }
        if (view == null || askedOf != question) {
            askedOf = question;
            view = views.view(question);
        }
        return view;
    }

    /** Last month's counts: the snapshot of its first day, else (a day with none) counted by the rule. */
    public CoverageView.Earlier lastMonth() {
        CoverageView now = get();
        return now.lastMonth().orElseGet(() -> views.countsOn(dashboard.getQuestion(),
                now.day().minusMonths(1).withDayOfMonth(1)));
    }
}

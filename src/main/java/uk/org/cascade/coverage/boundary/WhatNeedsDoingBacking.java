package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.control.CoverageView.Attention;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * "What needs doing": the schools that have lost cover or will lose it within 90 days, most urgent first, each
 * with its reason in words and the one next step that fits it — enrol staff in an open cohort where cover is
 * gone, plan a refresher cohort where a competency expires, see the leaver where someone leaves.
 */
@Named
@RequestScoped
public class WhatNeedsDoingBacking {

    /** How many the dashboard lists before "see all". */
    static final int SHOWN = 8;

    /** A school to act on: why, and the step that fits. */
    public record Task(SchoolCoverage school, String why, String action, String href) {
    }

    @Inject
    DashboardView view;

    @Inject
    CoverageBacking dashboard;

    private List<Task> tasks;
    private long total;

    public List<Task> getTasks() {
        if (tasks == null) {
            Question question = dashboard.getQuestion();
            Page<Attention> found = view.get().attention(new PageRequest(0, SHOWN));
            total = found.total();
            tasks = found.items().stream().map(a -> task(a.school(), question)).toList();
        }
        return tasks;
    }

    public long getTotal() {
        getTasks();
        return total;
    }

    private Task task(SchoolCoverage school, Question question) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        Programme programme = question.programme();
        if (school.status() == CoverageStatus.GAP) {
            String why = school.trained() == 0 ? "Nobody trained works here now"
                    : school.trained() + " trained of the " + school.target() + " needed";
            return new Task(school, why, "Enrol staff in an open cohort", context + "/cohort/cohorts.xhtml?programme="
                    + encode(programme.getCode()) + "&status=OPEN");
        }
        Reason first = school.reasons().isEmpty() ? null : school.reasons().get(0);
        String why = school.reasons().stream().map(Reason::text).collect(Collectors.joining("; "));
        if (first != null && first.kind() == ReasonKind.LEAVING) {
            return new Task(school, why, "See the leaver, " + first.name(), context + "/people/person.xhtml?id="
                    + first.personId());
        }
        Programme refresher = question.practitioner().getRefresherProgramme();
        return new Task(school, why, "Plan a refresher cohort in " + school.laName(), context
                + "/cohort/plan.xhtml?programme=" + encode((refresher == null ? programme : refresher).getCode())
                + "&la=" + school.laCode());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.Activity;
import uk.org.cascade.audit.control.LearningRecords;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.LearnerEnrolments;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ModuleForms.AttemptForm;
import uk.org.cascade.learning.control.ModuleViews.AttemptView;
import uk.org.cascade.learning.control.ModuleViews.FeedbackView;
import uk.org.cascade.learning.control.ModuleViews.MarkedView;
import uk.org.cascade.learning.control.ModuleViews.QuestionStatView;
import uk.org.cascade.learning.entity.Answer;
import uk.org.cascade.learning.entity.Attempt;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.learning.entity.Question;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/** A module's knowledge check: learners' attempts, marked and kept, and how a cohort answers each question. */
@ApplicationScoped
public class KnowledgeChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    ModuleAuthors authors;

    @Inject
    LearnerProgress learners;

    @Inject
    LearnerEnrolments enrolments;

    @Inject
    Cohorts cohorts;

    @Inject
    Today today;

    @Inject
    LearningRecords records;

    /** What an attempt gave: the recorded attempt, marked, and whether it completed the module. */
    public record Outcome(Attempt attempt, AttemptView view) {
    }

    /** Marks an attempt at the check; passing completes the module. Every attempt is recorded. */
    @Transactional
    public Outcome attempt(long moduleId, AttemptForm form, UserAccount user) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Module m = authors.selfPaced(moduleId);
        Enrolment e = learners.enrolment(m, user, form.enrolmentId());
        form.requireLists();
        ModuleProgress p = learners.place(e, m);
        ContentVersion v = p.getContentVersion();
        if (!v.hasCheck()) {
            throw ValidationFailure.of("answers", "'" + m.getTitle() + "' has no knowledge check: it completes when every page has been opened");
        }
        Map<Long, Question> byId = v.getQuestions().stream().collect(Collectors.toMap(Question::getId, q -> q));
        Map<Long, Set<Long>> chosen = chosen(form, byId);
        List<Scoring.Key> keys = v.getQuestions().stream().map(q -> new Scoring.Key(q.getId(), q.getAnswers().stream()
                .filter(Answer::isCorrect).map(Answer::getId).collect(Collectors.toSet()))).toList();
        Scoring.Result result = Scoring.score(keys, chosen, v.getPassMark());
        Instant now = today.now();
        p.tick(now);
        List<Attempt.Given> given = result.marked().stream().map(mk -> new Attempt.Given(mk.questionId(),
                mk.chosen().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")), mk.correct())).toList();
        Attempt attempt = new Attempt(p, result.score(), result.total(), result.passed(), given, now);
        em.persist(attempt);
        records.attempted(e.getPerson().getId(), e.getId(), Activity.check(m.getId(), m.getTitle()),
                Activity.module(m.getId(), m.getTitle()), Activity.programme(m.getProgramme().getCode(),
                        m.getProgramme().getTitle()), result.score(), result.total(), result.passed());
        boolean completedNow = false;
        if (result.passed()) {
            p.passed(now);
            em.flush();
            completedNow = learners.complete(e, m, user);
        }
        em.flush();
        List<MarkedView> marked = result.marked().stream().map(mk -> {
            Question q = byId.get(mk.questionId());
            return new MarkedView(q.getId(), q.getText(), mk.correct(), q.getAnswers().stream()
                    .filter(a -> mk.chosen().contains(a.getId()))
                    .map(a -> new FeedbackView(a.getId(), a.getText(), a.isCorrect(), a.getFeedback())).toList());
        }).toList();
        return new Outcome(attempt, new AttemptView(attempt.getId(), result.score(), result.total(), result.percent(),
                v.getPassMark(), result.passed(), completedNow || learners.completed(e, m), now, marked));
    }

    /** For each question answered, the answer ids chosen; refused when a question or answer is not this check's. */
    private static Map<Long, Set<Long>> chosen(AttemptForm form, Map<Long, Question> byId) {
        Validation check = new Validation();
        Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
        for (int i = 0; i < form.answers().size(); i++) {
            ModuleForms.Given g = form.answers().get(i);
            String field = "answers[" + i + "]";
            Question q = g == null || g.questionId() == null ? null : byId.get(g.questionId());
            if (q == null) {
                check.require(false, field + ".questionId", "no such question in this check");
                continue;
            }
            Set<Long> ids = new HashSet<>(g.answerIds());
            Set<Long> offered = q.getAnswers().stream().map(Answer::getId).collect(Collectors.toSet());
            check.require(!chosen.containsKey(q.getId()), field + ".questionId", "each question is answered once")
                    .require(!ids.contains(null) && offered.containsAll(ids), field + ".answerIds", "an answer chosen is not one of this question's")
                    .require(q.isMultiple() || ids.size() <= 1, field + ".answerIds", "choose one answer for this question");
            chosen.put(q.getId(), ids);
        }
        check.orThrow();
        return chosen;
    }

    /** How often each question of the module's check is answered right in the cohort's attempts, hardest first. */
    public List<QuestionStatView> questionStats(long cohortId, long moduleId, UserAccount user) {
        CohortReach reach = CohortReach.of(user);
        Cohort cohort = cohorts.find(cohortId, reach);
        if (!reach.seesRoster(cohort)) {
            throw new Forbidden("Only the cohort's trainers and coordinators see how its learners answer");
        }
        return questionStats(cohort, authors.selfPaced(moduleId));
    }

    public List<QuestionStatView> questionStats(Cohort cohort, Module module) {
        List<Long> enrolled = enrolments.enrolmentIds(cohort);
        if (enrolled.isEmpty()) {
            return List.of();
        }
        // The cohort's enrolments come from cohorts; one bound parameter each, then the module's.
        Query query = em.createNativeQuery("SELECT q.id, cv.number, q.text, COUNT(*), "
                + "SUM(CASE WHEN aa.correct THEN 1 ELSE 0 END) FROM module_attempt_answer aa "
                + "JOIN module_attempt a ON a.id = aa.attempt_id JOIN module_progress p ON p.id = a.progress_id "
                + "JOIN module_question q ON q.id = aa.question_id "
                + "JOIN module_content_version cv ON cv.id = q.content_version_id "
                + "WHERE p.enrolment_id IN (" + String.join(", ", Collections.nCopies(enrolled.size(), "?")) + ") "
                + "AND p.module_id = ? GROUP BY q.id, cv.number, q.text");
        for (int i = 0; i < enrolled.size(); i++) {
            query.setParameter(i + 1, enrolled.get(i));
        }
        query.setParameter(enrolled.size() + 1, module.getId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            long answered = ((Number) r[3]).longValue();
            long correct = r[4] == null ? 0 : ((Number) r[4]).longValue();
            return new QuestionStatView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], answered,
                    correct, answered == 0 ? 0 : (int) (correct * 100 / answered));
        }).sorted(Comparator.comparingInt(QuestionStatView::successPercent).thenComparing(QuestionStatView::questionId)).toList();
    }
}

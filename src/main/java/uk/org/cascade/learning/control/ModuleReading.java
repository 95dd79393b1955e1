package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ModuleForms.VisitForm;
import uk.org.cascade.learning.control.ModuleViews.OptionView;
import uk.org.cascade.learning.control.ModuleViews.PagesView;
import uk.org.cascade.learning.control.ModuleViews.PlaceView;
import uk.org.cascade.learning.control.ModuleViews.QuestionView;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/** Reading a module's pages: what a learner (or an author) sees, and the learner's place kept as they read. */
@ApplicationScoped
public class ModuleReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    ModuleAuthors authors;

    @Inject
    ModuleVersions versions;

    @Inject
    LearnerProgress learners;

    @Inject
    Today today;

    /** The module's pages: the learner's version, or for an author the latest published one (or the draft). */
    public PagesView pages(long moduleId, boolean draft, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        if (draft) {
            authors.requireAuthor(m, user);
            ContentVersion d = versions.draft(m).or(() -> versions.latestPublished(m)).orElseThrow(() -> new NotFound(
                    "Module " + moduleId + " has no pages yet"));
            return PagesView.of(d, questions(d, false), null);
        }
        Optional<Enrolment> e = learners.placeOf(m, user, null);
        if (e.isPresent()) {
            Optional<ModuleProgress> progress = learners.find(e.get(), m);
            ContentVersion v = learners.versionFor(e.get(), m, progress).orElseThrow(() -> new NotFound("Module " + moduleId
                    + " has no pages yet"));
            PlaceView place = progress.filter(p -> p.getContentVersion().getId().equals(v.getId()))
                    .map(p -> new PlaceView(e.get().getId(), p.getCurrentPage(), p.getScrollPosition(), p.pagesRead(),
                            p.getSecondsSpent(), learners.completed(e.get(), m) ? (p.getPassedAt() != null ? "PASSED" : "COMPLETED") : "IN_PROGRESS"))
                    .orElse(new PlaceView(e.get().getId(), 1, 0, 0, 0, "NOT_STARTED"));
            return PagesView.of(v, questions(v, true), place);
        }
        if (authors.mayAuthor(m, user)) {
            ContentVersion latest = versions.latestPublished(m).orElseThrow(() -> new NotFound("Module " + moduleId
                    + " has no published pages"));
            return PagesView.of(latest, questions(latest, false), null);
        }
        throw new NotFound("No module " + moduleId + " of yours");
    }

    /** The version the learner reads now (starting their progress), for the reading page. */
    @Transactional
    public ModuleProgress start(long moduleId, Long enrolmentId, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        return learners.place(learners.enrolment(m, user, enrolmentId), m);
    }

    /** The check's questions without their keys; shuffled for a learner. */
    static List<QuestionView> questions(ContentVersion v, boolean shuffled) {
        List<QuestionView> questions = new ArrayList<>(v.getQuestions().stream().map(q -> new QuestionView(q.getId(), q.getText(),
                q.isMultiple(), q.getAnswers().stream().map(a -> new OptionView(a.getId(), a.getText())).toList())).toList());
        if (shuffled) {
            Collections.shuffle(questions);
        }
        return questions;
    }

    /** The learner opens a page (or reports their scroll position on it); reading every page of a module without a check completes it. */
    @Transactional
    public ModuleProgress visit(long moduleId, VisitForm form, UserAccount user) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Module m = authors.selfPaced(moduleId);
        Enrolment e = learners.enrolment(m, user, form.enrolmentId());
        ModuleProgress p = learners.place(e, m);
        ContentVersion v = p.getContentVersion();
        int pages = v.getPages().size();
        new Validation().require(form.page() != null && form.page() >= 1 && form.page() <= pages, "page",
                        "page must be between 1 and " + pages)
                .require(form.scroll() == null || form.scroll() >= 0, "scroll", "scroll must be 0 or more").orThrow();
        p.open(v.page(form.page()), form.scroll() == null ? 0 : form.scroll(), today.now());
        em.flush();
        if (!v.hasCheck() && p.hasReadEverything()) {
            learners.complete(e, m, user);
        }
        return p;
    }
}

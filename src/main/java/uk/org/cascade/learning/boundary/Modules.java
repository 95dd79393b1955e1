package uk.org.cascade.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.CohortCompletion;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.boundary.ModuleForms.AnswerForm;
import uk.org.cascade.learning.boundary.ModuleForms.AttemptForm;
import uk.org.cascade.learning.boundary.ModuleForms.DraftForm;
import uk.org.cascade.learning.boundary.ModuleForms.PageForm;
import uk.org.cascade.learning.boundary.ModuleForms.QuestionForm;
import uk.org.cascade.learning.boundary.ModuleForms.VisitForm;
import uk.org.cascade.learning.boundary.ModuleViews.AttemptView;
import uk.org.cascade.learning.boundary.ModuleViews.EnrolmentProgressView;
import uk.org.cascade.learning.boundary.ModuleViews.FeedbackView;
import uk.org.cascade.learning.boundary.ModuleViews.MarkedView;
import uk.org.cascade.learning.boundary.ModuleViews.ModuleStateView;
import uk.org.cascade.learning.boundary.ModuleViews.OptionView;
import uk.org.cascade.learning.boundary.ModuleViews.PagesView;
import uk.org.cascade.learning.boundary.ModuleViews.PersonProgressView;
import uk.org.cascade.learning.boundary.ModuleViews.PlaceView;
import uk.org.cascade.learning.boundary.ModuleViews.QuestionStatView;
import uk.org.cascade.learning.boundary.ModuleViews.QuestionView;
import uk.org.cascade.learning.control.ContentVersions;
import uk.org.cascade.learning.control.ContentVersions.Published;
import uk.org.cascade.learning.control.PageHtml;
import uk.org.cascade.learning.control.ResourceContent;
import uk.org.cascade.platform.control.FileContent;
import uk.org.cascade.learning.control.Scoring;
import uk.org.cascade.learning.control.VideoLinks;
import uk.org.cascade.learning.entity.Answer;
import uk.org.cascade.learning.entity.Attempt;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModulePage;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.learning.entity.PageResource;
import uk.org.cascade.learning.entity.Question;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Self-paced module content for the API and the pages. Administrators and the trainers who lead a cohort of the
 * programme author it; learners read the version they started and take its check; completion goes through
 * {@link CohortCompletion#completeByContent}, the same path as every other module completion.
 */
@ApplicationScoped
public class Modules {

    static final String AUDIT_MODULE = "Module";
    static final int MAX_PAGES = 50;
    static final int MAX_QUESTIONS = 50;
    static final int MAX_ANSWERS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortCompletion completion;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** What an attempt gave: the recorded attempt, marked, and whether it completed the module. */
    public record Outcome(Attempt attempt, AttemptView view) {
    }

    // ---------------------------------------------------------------- authoring

    public Module module(long id) {
        Module m = em.find(Module.class, id);
        if (m == null) {
            throw new NotFound("No module with id " + id);
        }
        return m;
    }

    private Module selfPaced(long id) {
        Module m = module(id);
        if (m.getMode() != DeliveryMode.SELF_PACED) {
            throw ValidationFailure.of("moduleId", "'" + m.getTitle() + "' is a live module: only self-paced modules have pages");
        }
        return m;
    }

    /** Administrators, and trainers who lead a cohort of the module's programme. */
    public boolean mayAuthor(Module m, UserAccount user) {
        return user.holds(Role.ADMIN) || user.holds(Role.TRAINER) && em.createQuery("SELECT COUNT(c) FROM Cohort c "
                        + "JOIN c.leadTrainers t WHERE c.programme = :p AND t.id = :me", Long.class)
                .setParameter("p", m.getProgramme()).setParameter("me", user.getPerson().getId()).getSingleResult() > 0;
    }

    private void requireAuthor(Module m, UserAccount user) {
        if (!mayAuthor(m, user)) {
            throw new Forbidden("Only administrators and trainers of " + m.getProgramme().getCode() + " edit its modules");
        }
    }

    public List<ContentVersion> versions(Module m) {
        return em.createQuery("SELECT v FROM ContentVersion v WHERE v.module = :m ORDER BY v.number", ContentVersion.class)
                .setParameter("m", m).getResultList();
    }

    private List<ContentVersion> published(Module m) {
        return versions(m).stream().filter(ContentVersion::isPublished).toList();
    }

    public Optional<ContentVersion> latestPublished(Module m) {
        List<ContentVersion> all = published(m);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<ContentVersion> draft(Module m) {
        return versions(m).stream().filter(v -> !v.isPublished()).findFirst();
    }

    /** The module's draft, begun as a copy of the latest published version when there is none yet. */
    @Transactional
    public ContentVersion openDraft(long moduleId, UserAccount user) {
        Module m = selfPaced(moduleId);
        requireAuthor(m, user);
        return draftOf(m);
    }

    private ContentVersion draftOf(Module m) {
        return draft(m).orElseGet(() -> {
            int next = versions(m).stream().mapToInt(ContentVersion::getNumber).max().orElse(0) + 1;
            Instant now = today.now();
            ContentVersion d = latestPublished(m).map(p -> ContentVersion.draftFrom(p, next, now))
                    .orElseGet(() -> new ContentVersion(m, next, now));
            em.persist(d);
            em.flush();
            return d;
        });
    }

    /** Replaces the draft's pages and check; the html is sanitised here, and only allow-listed videos are taken. */
    @Transactional
    public ContentVersion saveDraft(long moduleId, DraftForm form, UserAccount user) {
        Module m = selfPaced(moduleId);
        requireAuthor(m, user);
        form.requireLists();
        Validation check = new Validation();
        check.require(form.pages().size() <= MAX_PAGES, "pages", "a module has at most " + MAX_PAGES + " pages");
        List<ModulePage.Content> pages = new ArrayList<>();
        for (int i = 0; i < form.pages().size(); i++) {
            PageForm p = form.pages().get(i);
            String field = "pages[" + i + "]";
            if (p == null) {
                check.require(false, field, "a page is missing");
                continue;
            }
            String title = p.title() == null ? "" : p.title().strip();
            check.require(!title.isEmpty(), field + ".title", "every page needs a title")
                    .require(title.length() <= ModulePage.TITLE_MAX, field + ".title",
                            "a page title must be at most " + ModulePage.TITLE_MAX + " characters");
            String html = PageHtml.sanitise(p.html());
            check.require(html.length() <= ModulePage.HTML_MAX, field + ".html", "the page text is too long");
            String video = p.videoUrl() == null || p.videoUrl().isBlank() ? null : p.videoUrl().strip();
            check.require(video == null || video.length() <= ModulePage.VIDEO_MAX && VideoLinks.parse(video).isPresent(),
                    field + ".videoUrl", "videos must be an https link to YouTube or Vimeo (we host no video ourselves)");
            pages.add(new ModulePage.Content(title, html, video));
        }
        List<Question.Content> questions = new ArrayList<>();
        check.require(form.questions().size() <= MAX_QUESTIONS, "questions", "a check has at most " + MAX_QUESTIONS + " questions");
        for (int i = 0; i < form.questions().size(); i++) {
            QuestionForm q = form.questions().get(i);
            String field = "questions[" + i + "]";
            if (q == null) {
                check.require(false, field, "a question is missing");
                continue;
            }
            String text = q.text() == null ? "" : q.text().strip();
            check.require(!text.isEmpty(), field + ".text", "every question needs its text")
                    .require(text.length() <= Question.TEXT_MAX, field + ".text",
                            "a question must be at most " + Question.TEXT_MAX + " characters")
                    .require(q.answers().size() >= 2 && q.answers().size() <= MAX_ANSWERS, field + ".answers",
                            "a question needs between 2 and " + MAX_ANSWERS + " answers")
                    .require(q.answers().stream().anyMatch(a -> a != null && a.isRight()), field + ".answers",
                            "mark at least one answer as correct");
            List<Answer.Content> answers = new ArrayList<>();
            for (int j = 0; j < q.answers().size(); j++) {
                AnswerForm a = q.answers().get(j);
                String af = field + ".answers[" + j + "]";
                String at = a == null || a.text() == null ? "" : a.text().strip();
                String fb = a == null || a.feedback() == null || a.feedback().isBlank() ? null : a.feedback().strip();
                check.require(!at.isEmpty(), af + ".text", "every answer needs its text")
                        .require(at.length() <= Answer.TEXT_MAX, af + ".text", "an answer must be at most " + Answer.TEXT_MAX + " characters")
                        .require(fb == null || fb.length() <= Answer.FEEDBACK_MAX, af + ".feedback",
                                "feedback must be at most " + Answer.FEEDBACK_MAX + " characters");
                answers.add(new Answer.Content(at, a != null && a.isRight(), fb));
            }
            questions.add(new Question.Content(text, answers));
        }
        check.require(questions.isEmpty() || form.passMark() != null && form.passMark() >= 1 && form.passMark() <= 100,
                "passMark", "a check needs a pass mark between 1 and 100 (per cent)");
        check.orThrow();
        ContentVersion d = draftOf(m);
        d.revise(pages, form.passMark(), questions);
        em.flush();
        audit.record(AUDIT_MODULE, m.getId(), "CONTENT_DRAFT_SAVED", null,
                Map.of("version", d.getNumber(), "pages", pages.size(), "questions", questions.size()));
        return d;
    }

    /**
     * Publishes the draft: it replaces the current version when nobody has started that one, else it becomes a new
     * version; {@code restart} moves learners part-way through to it from page one.
     */
    @Transactional
    public ContentVersion publish(long moduleId, boolean restart, UserAccount user) {
        Module m = selfPaced(moduleId);
        requireAuthor(m, user);
        ContentVersion d = draft(m).orElseThrow(() -> ValidationFailure.of("draft",
                "there is no draft to publish: save the pages first"));
        Validation check = new Validation();
        check.require(!d.getPages().isEmpty(), "pages", "a module needs at least one page before it is published");
        for (ModulePage p : d.getPages()) {
            int missing = PageHtml.imagesWithoutAlt(p.getHtml());
            check.require(missing == 0, "pages[" + (p.getPosition() - 1) + "].html", "page " + p.getPosition() + " ('"
                    + p.getTitle() + "') has " + missing + (missing == 1 ? " image" : " images")
                    + " without alt text: describe every image for people who cannot see it");
        }
        check.orThrow();
        Optional<ContentVersion> current = latestPublished(m);
        boolean started = current.map(this::anyoneStarted).orElse(false);
        int number = ContentVersions.numberOnPublish(current.map(ContentVersion::getNumber), started);
        if (ContentVersions.publishReplaces(current.map(ContentVersion::getNumber), started)) {
            em.remove(current.get());
            em.flush();
        }
        d.renumber(number);
        // The flag counts for everyone part-way through an older version, whichever version this replaces.
        d.publish(today.now(), restart);
        em.flush();
        audit.record(AUDIT_MODULE, m.getId(), "CONTENT_PUBLISHED", null,
                Map.of("version", number, "requiresRestart", restart, "pages", d.getPages().size(),
                        "questions", d.getQuestions().size()));
        return d;
    }

    private boolean anyoneStarted(ContentVersion v) {
        return em.createQuery("SELECT COUNT(p) FROM ModuleProgress p WHERE p.contentVersion = :v", Long.class)
                .setParameter("v", v).getSingleResult() > 0;
    }

    /** Attaches a checked file to page {@code page} (1-based) of the draft. */
    @Transactional
    public PageResource attach(long moduleId, Integer page, String filename, String contentType, byte[] bytes,
                               String altText, UserAccount user) {
        Module m = selfPaced(moduleId);
        requireAuthor(m, user);
        FileContent.Kind kind = ResourceContent.POLICY.accepted(contentType, bytes, "file",
                "only PDF, Word (.docx), PNG or JPEG files are accepted");
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (alt != null && (alt.length() > PageResource.ALT_MAX || !kind.mediaType().startsWith("image/"))) {
            throw ValidationFailure.of("alt", alt.length() > PageResource.ALT_MAX ? "alt text must be at most "
                    + PageResource.ALT_MAX + " characters" : "only pictures have alt text");
        }
        ContentVersion d = draftOf(m);
        if (page == null || page < 1 || page > d.getPages().size()) {
            throw ValidationFailure.of("page", "page must be between 1 and " + d.getPages().size() + " (save the page first)");
        }
        // The last part of whatever path the browser sent, without control characters or quotes; never parsed as a Path.
        String sent = filename == null ? "" : filename.replace('\\', '/');
        String name = sent.substring(sent.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        name = kind.withExtension(name.isEmpty() ? "resource" : name.length() > 180 ? name.substring(0, 180) : name);
        PageResource r = d.page(page).attach(name, kind.mediaType(), bytes, sha256(bytes), today.now(), alt);
        em.flush();
        audit.record(AUDIT_MODULE, m.getId(), "RESOURCE_ATTACHED", null,
                Map.of("version", d.getNumber(), "page", page, "filename", name, "sizeBytes", bytes.length));
        return r;
    }

    @Transactional
    public void detach(long moduleId, long resourceId, UserAccount user) {
        Module m = selfPaced(moduleId);
        requireAuthor(m, user);
        PageResource r = em.find(PageResource.class, resourceId);
        if (r == null || !r.getPage().getContentVersion().getModule().getId().equals(m.getId())) {
            throw new NotFound("No resource " + resourceId + " in this module");
        }
        r.getPage().detach(resourceId);
        em.flush();
    }

    /** A resource for download: its authors, and learners of the programme, may have it. */
    public PageResource resource(long moduleId, long resourceId, UserAccount user) {
        PageResource r = em.find(PageResource.class, resourceId);
        if (r == null || r.getPage().getContentVersion().getModule().getId() != moduleId) {
            throw new NotFound("No resource " + resourceId + " in module " + moduleId);
        }
        Module m = r.getPage().getContentVersion().getModule();
        if (!mayAuthor(m, user) && learnerEnrolment(m, user.getPerson().getId(), null).isEmpty()) {
            throw new NotFound("No resource " + resourceId + " in module " + moduleId);
        }
        return r;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- learning

    /** The caller's enrolment through which they take the module: the one named, else their current one. */
    Optional<Enrolment> learnerEnrolment(Module m, long personId, Long enrolmentId) {
        if (enrolmentId != null) {
            Enrolment e = em.find(Enrolment.class, enrolmentId);
            return e != null && e.getPerson().getId() == personId && e.getCohort().getProgramme().equals(m.getProgramme())
                    && takesPart(e) ? Optional.of(e) : Optional.empty();
        }
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.cohort.programme = :prog "
                        + "ORDER BY e.requestedAt DESC", Enrolment.class).setParameter("p", personId)
                .setParameter("prog", m.getProgramme()).getResultStream().filter(Modules::takesPart)
                .min(Comparator.comparing(e -> e.getStatus() == EnrolmentStatus.ENROLLED ? 0 : 1));
    }

    private static boolean takesPart(Enrolment e) {
        return e.getStatus() == EnrolmentStatus.ENROLLED || e.getStatus() == EnrolmentStatus.COMPLETED;
    }

    private Enrolment enrolment(Module m, UserAccount user, Long enrolmentId) {
        return learnerEnrolment(m, user.getPerson().getId(), enrolmentId).orElseThrow(() -> new NotFound(
                "You have no place in a cohort of " + m.getProgramme().getCode() + (enrolmentId == null ? "" : " with enrolment " + enrolmentId)));
    }

    private Optional<ModuleProgress> findProgress(Enrolment e, Module m) {
        return em.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrolment = :e AND p.module = :m", ModuleProgress.class)
                .setParameter("e", e).setParameter("m", m).getResultStream().findFirst();
    }

    private boolean completed(Enrolment e, Module m) {
        return em.createQuery("SELECT COUNT(c) FROM ModuleCompletion c WHERE c.enrolment = :e AND c.module = :m", Long.class)
                .setParameter("e", e).setParameter("m", m).getSingleResult() > 0;
    }

    /** The version this learner reads now, by {@link ContentVersions#versionFor}; empty when nothing is published. */
    private Optional<ContentVersion> versionFor(Enrolment e, Module m, Optional<ModuleProgress> progress) {
        List<ContentVersion> published = published(m);
        boolean done = progress.map(p -> p.getPassedAt() != null).orElse(false) || completed(e, m);
        Optional<Integer> number = ContentVersions.versionFor(progress.map(p -> p.getContentVersion().getNumber()),
                published.stream().map(v -> new Published(v.getNumber(), v.isRequiresRestart())).toList(), done);
        return number.flatMap(n -> published.stream().filter(v -> v.getNumber() == n).findFirst());
    }

    /** The learner's progress, begun or moved to the version they should be on now. */
    private ModuleProgress place(Enrolment e, Module m) {
        Optional<ModuleProgress> progress = findProgress(e, m);
        ContentVersion v = versionFor(e, m, progress).orElseThrow(() -> ValidationFailure.of("moduleId",
                "'" + m.getTitle() + "' has no pages yet"));
        Instant now = today.now();
        if (progress.isEmpty()) {
            ModuleProgress started = new ModuleProgress(e, m, v, now);
            em.persist(started);
            return started;
        }
        if (!progress.get().getContentVersion().getId().equals(v.getId())) {
            progress.get().restartOn(v, now);
        }
        return progress.get();
    }

    /** The module's pages: the learner's version, or for an author the latest published one (or the draft). */
    public PagesView pages(long moduleId, boolean draft, UserAccount user) {
        Module m = selfPaced(moduleId);
        if (draft) {
            requireAuthor(m, user);
            ContentVersion d = draft(m).or(() -> latestPublished(m)).orElseThrow(() -> new NotFound("Module " + moduleId
                    + " has no pages yet"));
            return PagesView.of(d, questions(d, false), null);
        }
        Optional<Enrolment> e = learnerEnrolment(m, user.getPerson().getId(), null);
        if (e.isPresent()) {
            Optional<ModuleProgress> progress = findProgress(e.get(), m);
            ContentVersion v = versionFor(e.get(), m, progress).orElseThrow(() -> new NotFound("Module " + moduleId
                    + " has no pages yet"));
            PlaceView place = progress.filter(p -> p.getContentVersion().getId().equals(v.getId()))
                    .map(p -> new PlaceView(e.get().getId(), p.getCurrentPage(), p.getScrollPosition(), p.pagesRead(),
                            p.getSecondsSpent(), completed(e.get(), m) ? (p.getPassedAt() != null ? "PASSED" : "COMPLETED") : "IN_PROGRESS"))
                    .orElse(new PlaceView(e.get().getId(), 1, 0, 0, 0, "NOT_STARTED"));
            return PagesView.of(v, questions(v, true), place);
        }
        if (mayAuthor(m, user)) {
            return PagesView.of(latestPublished(m).orElseThrow(() -> new NotFound("Module " + moduleId + " has no published pages")),
                    questions(latestPublished(m).get(), false), null);
        }
        throw new NotFound("No module " + moduleId + " of yours");
    }

    /** The version the learner reads now (starting their progress), for the reading page. */
    @Transactional
    public ModuleProgress start(long moduleId, Long enrolmentId, UserAccount user) {
        Module m = selfPaced(moduleId);
        return place(enrolment(m, user, enrolmentId), m);
    }

    private static List<QuestionView> questions(ContentVersion v, boolean shuffled) {
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
        Module m = selfPaced(moduleId);
        Enrolment e = enrolment(m, user, form.enrolmentId());
        ModuleProgress p = place(e, m);
        ContentVersion v = p.getContentVersion();
        int pages = v.getPages().size();
        new Validation().require(form.page() != null && form.page() >= 1 && form.page() <= pages, "page",
                        "page must be between 1 and " + pages)
                .require(form.scroll() == null || form.scroll() >= 0, "scroll", "scroll must be 0 or more").orThrow();
        p.open(v.page(form.page()), form.scroll() == null ? 0 : form.scroll(), today.now());
        em.flush();
        if (!v.hasCheck() && p.hasReadEverything()) {
            complete(e, m, user);
        }
        return p;
    }

    /** Marks an attempt at the check; passing completes the module. Every attempt is recorded. */
    @Transactional
    public Outcome attempt(long moduleId, AttemptForm form, UserAccount user) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Module m = selfPaced(moduleId);
        Enrolment e = enrolment(m, user, form.enrolmentId());
        form.requireLists();
        ModuleProgress p = place(e, m);
        ContentVersion v = p.getContentVersion();
        if (!v.hasCheck()) {
            throw ValidationFailure.of("answers", "'" + m.getTitle() + "' has no knowledge check: it completes when every page has been opened");
        }
        Map<Long, Question> byId = v.getQuestions().stream().collect(Collectors.toMap(Question::getId, q -> q));
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
        List<Scoring.Key> keys = v.getQuestions().stream().map(q -> new Scoring.Key(q.getId(), q.getAnswers().stream()
                .filter(Answer::isCorrect).map(Answer::getId).collect(Collectors.toSet()))).toList();
        Scoring.Result result = Scoring.score(keys, chosen, v.getPassMark());
        Instant now = today.now();
        p.tick(now);
        List<Attempt.Given> given = result.marked().stream().map(mk -> new Attempt.Given(mk.questionId(),
                mk.chosen().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")), mk.correct())).toList();
        Attempt attempt = new Attempt(p, result.score(), result.total(), result.passed(), given, now);
        em.persist(attempt);
        boolean completedNow = false;
        if (result.passed()) {
            p.passed(now);
            em.flush();
            completedNow = complete(e, m, user);
        }
        em.flush();
        List<MarkedView> marked = result.marked().stream().map(mk -> {
            Question q = byId.get(mk.questionId());
            return new MarkedView(q.getId(), q.getText(), mk.correct(), q.getAnswers().stream()
                    .filter(a -> mk.chosen().contains(a.getId()))
                    .map(a -> new FeedbackView(a.getId(), a.getText(), a.isCorrect(), a.getFeedback())).toList());
        }).toList();
        return new Outcome(attempt, new AttemptView(attempt.getId(), result.score(), result.total(), result.percent(),
                v.getPassMark(), result.passed(), completedNow || completed(e, m), now, marked));
    }

    /** Completion through the cohort's one path; a closed cohort keeps what it recorded. */
    private boolean complete(Enrolment e, Module m, UserAccount user) {
        // Already done (a learner reading again) or a closed cohort: nothing to record, and no cohort lock to take.
        if (e.getCohort().getStatus().isClosed() || completed(e, m)) {
            return false;
        }
        completion.completeByContent(e.getId(), m.getId(), CohortReach.of(user));
        return true;
    }

    // ---------------------------------------------------------------- progress read model

    /** A person's progress through the self-paced modules of each enrolment the caller may see. */
    public PersonProgressView personProgress(long personId, UserAccount user) {
        CohortReach reach = CohortReach.of(user);
        if (em.find(Person.class, personId) == null) {
            throw new NotFound("No person with id " + personId);
        }
        List<Enrolment> visible = cohorts.enrolmentsOf(personId).stream()
                .filter(e -> personId == reach.self() || reach.seesStaffOf(e.getCohort(), e.getSchool())).toList();
        if (visible.isEmpty() && personId != reach.self() && !reach.everyone()) {
            throw new NotFound("No person with id " + personId + " in your scope");
        }
        Map<Long, List<ModuleStateView>> states = states(visible);
        return new PersonProgressView(personId, visible.stream().map(e -> new EnrolmentProgressView(e.getId(),
                e.getCohort().getId(), e.getCohort().getTitle(), e.getCohort().getProgramme().getCode(), e.getStatus().name(),
                states.get(e.getId()))).toList());
    }

    /** Per enrolment, the state of each current self-paced module, from four queries whatever the number. */
    public Map<Long, List<ModuleStateView>> states(List<Enrolment> enrolments) {
        Map<Long, List<ModuleStateView>> out = new HashMap<>();
        if (enrolments.isEmpty()) {
            return out;
        }
        Set<Module> modules = new HashSet<>();
        enrolments.forEach(e -> e.getCohort().getProgramme().currentModules().stream()
                .filter(m -> m.getMode() == DeliveryMode.SELF_PACED).forEach(modules::add));
        Map<Long, ContentVersion> latest = new HashMap<>();
        if (!modules.isEmpty()) {
            em.createQuery("SELECT v FROM ContentVersion v WHERE v.module IN :ms AND v.publishedAt IS NOT NULL ORDER BY v.number",
                    ContentVersion.class).setParameter("ms", modules).getResultStream()
                    .forEach(v -> latest.put(v.getModule().getId(), v));
        }
        Map<String, ModuleProgress> progress = new HashMap<>();
        em.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrolment IN :es", ModuleProgress.class)
                .setParameter("es", enrolments).getResultStream()
                .forEach(p -> progress.put(p.getEnrolment().getId() + ":" + p.getModule().getId(), p));
        Set<String> done = new HashSet<>();
        em.createQuery("SELECT c.enrolment.id, c.module.id FROM ModuleCompletion c WHERE c.enrolment IN :es", Object[].class)
                .setParameter("es", enrolments).getResultStream().forEach(r -> done.add(r[0] + ":" + r[1]));
        Map<Long, long[]> attempts = new HashMap<>();
        if (!progress.isEmpty()) {
            em.createQuery("SELECT a.progress.id, COUNT(a), MAX((a.score * 100) / a.total) FROM Attempt a "
                            + "WHERE a.progress IN :ps GROUP BY a.progress.id", Object[].class)
                    .setParameter("ps", progress.values()).getResultStream()
                    .forEach(r -> attempts.put(((Number) r[0]).longValue(),
                            new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        }
        for (Enrolment e : enrolments) {
            List<ModuleStateView> rows = new ArrayList<>();
            for (Module m : e.getCohort().getProgramme().currentModules()) {
                if (m.getMode() != DeliveryMode.SELF_PACED) {
                    continue;
                }
                String key = e.getId() + ":" + m.getId();
                rows.add(state(m, latest.get(m.getId()), progress.get(key), done.contains(key),
                        progress.containsKey(key) ? attempts.get(progress.get(key).getId()) : null));
            }
            out.put(e.getId(), rows);
        }
        return out;
    }

    /** The self-paced modules' states of one enrolment, by module id. */
    public Map<Long, ModuleStateView> statesOf(long enrolmentId) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null) {
            return Map.of();
        }
        return states(List.of(e)).get(e.getId()).stream().collect(Collectors.toMap(ModuleStateView::moduleId, v -> v));
    }

    static ModuleStateView state(Module m, ContentVersion latest, ModuleProgress p, boolean done, long[] attempts) {
        ContentVersion v = p != null ? p.getContentVersion() : latest;
        boolean hasContent = v != null;
        int total = v == null ? 0 : v.getPages().size();
        int read = p == null ? 0 : p.pagesRead();
        int seconds = p == null ? 0 : p.getSecondsSpent();
        String state;
        String label;
        if (done) {
            boolean passed = p != null && p.getPassedAt() != null;
            state = passed ? "PASSED" : "COMPLETED";
            label = passed ? "Passed" : "Completed";
        } else if (p != null) {
            state = "IN_PROGRESS";
            label = "In progress (" + read + " of " + total + (total == 1 ? " page)" : " pages)");
        } else {
            state = "NOT_STARTED";
            label = "Not started";
        }
        return new ModuleStateView(m.getId(), m.getTitle(), hasContent, state, read, total, seconds,
                v == null ? null : v.getNumber(), p == null ? null : p.getCurrentPage(), p == null ? null : p.getScrollPosition(),
                attempts == null ? 0 : (int) attempts[0], attempts == null ? null : (int) attempts[1], label);
    }

    /** "12 min", "1 h 5 min", "under a minute": time spent, for people. */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds == 0 ? "none yet" : "under a minute";
        }
        int minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** How often each question of the module's check is answered right in the cohort's attempts, hardest first. */
    public List<QuestionStatView> questionStats(long cohortId, long moduleId, UserAccount user) {
        CohortReach reach = CohortReach.of(user);
        Cohort cohort = cohorts.find(cohortId, reach);
        if (!reach.seesRoster(cohort)) {
            throw new Forbidden("Only the cohort's trainers and coordinators see how its learners answer");
        }
        return questionStats(cohort, selfPaced(moduleId));
    }

    public List<QuestionStatView> questionStats(Cohort cohort, Module module) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT q.id, cv.number, q.text, COUNT(*), "
                        + "SUM(CASE WHEN aa.correct THEN 1 ELSE 0 END) FROM module_attempt_answer aa "
                        + "JOIN module_attempt a ON a.id = aa.attempt_id JOIN module_progress p ON p.id = a.progress_id "
                        + "JOIN enrolment e ON e.id = p.enrolment_id JOIN module_question q ON q.id = aa.question_id "
                        + "JOIN module_content_version cv ON cv.id = q.content_version_id "
                        + "WHERE e.cohort_id = ? AND p.module_id = ? GROUP BY q.id, cv.number, q.text")
                .setParameter(1, cohort.getId()).setParameter(2, module.getId()).getResultList();
        return rows.stream().map(r -> {
            long answered = ((Number) r[3]).longValue();
            long correct = r[4] == null ? 0 : ((Number) r[4]).longValue();
            return new QuestionStatView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], answered,
                    correct, answered == 0 ? 0 : (int) (correct * 100 / answered));
        }).sorted(Comparator.comparingInt(QuestionStatView::successPercent).thenComparing(QuestionStatView::questionId)).toList();
    }
}

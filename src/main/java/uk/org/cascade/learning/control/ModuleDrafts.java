package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModulePage;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/** Authoring a self-paced module: its one draft, saved as a whole, then published as a version. */
@ApplicationScoped
public class ModuleDrafts {

    static final String AUDIT_MODULE = "Module";

    @PersistenceContext
    EntityManager em;

    @Inject
    ModuleAuthors authors;

    @Inject
    ModuleVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** The module's draft, begun as a copy of the latest published version when there is none yet. */
    @Transactional
    public ContentVersion openDraft(long moduleId, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        authors.requireAuthor(m, user);
        return draftOf(m);
    }

    /** The draft, begun when missing; the caller has checked the author. */
    ContentVersion draftOf(Module m) {
        return versions.draft(m).orElseGet(() -> {
            int next = versions.versions(m).stream().mapToInt(ContentVersion::getNumber).max().orElse(0) + 1;
            Instant now = today.now();
            ContentVersion d = versions.latestPublished(m).map(p -> ContentVersion.draftFrom(p, next, now))
                    .orElseGet(() -> new ContentVersion(m, next, now));
            em.persist(d);
            em.flush();
            return d;
        });
    }

    /** Replaces the draft's pages and check with what {@link DraftContent} accepts. */
    @Transactional
    public ContentVersion saveDraft(long moduleId, DraftForm form, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        authors.requireAuthor(m, user);
        DraftContent content = DraftContent.of(form);
        ContentVersion d = draftOf(m);
        d.revise(content.pages(), content.passMark(), content.questions());
        em.flush();
        audit.record(AUDIT_MODULE, m.getId(), "CONTENT_DRAFT_SAVED", null,
                Map.of("version", d.getNumber(), "pages", content.pages().size(), "questions", content.questions().size()));
        return d;
    }

    /**
     * Publishes the draft: it replaces the current version when nobody has started that one, else it becomes a new
     * version; {@code restart} moves learners part-way through to it from page one.
     */
    @Transactional
    public ContentVersion publish(long moduleId, boolean restart, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        authors.requireAuthor(m, user);
        ContentVersion d = versions.draft(m).orElseThrow(() -> ValidationFailure.of("draft",
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
        Optional<ContentVersion> current = versions.latestPublished(m);
        boolean started = current.map(versions::anyoneStarted).orElse(false);
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
}

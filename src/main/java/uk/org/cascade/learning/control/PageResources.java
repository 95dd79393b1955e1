package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.PageResource;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Sha256;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.FileContent;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/** Files on a module's pages: authors attach and remove them on the draft; authors and learners download them. */
@ApplicationScoped
public class PageResources {

    @PersistenceContext
    EntityManager em;

    @Inject
    ModuleAuthors authors;

    @Inject
    ModuleDrafts drafts;

    @Inject
    LearnerProgress learners;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** Attaches a checked file to page {@code page} (1-based) of the draft. */
    @Transactional
    public PageResource attach(long moduleId, Integer page, String filename, String contentType, byte[] bytes,
                               String altText, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        authors.requireAuthor(m, user);
        FileContent.Kind kind = ResourceContent.POLICY.accepted(contentType, bytes, "file",
                "only PDF, Word (.docx), PNG or JPEG files are accepted");
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (alt != null && (alt.length() > PageResource.ALT_MAX || !kind.mediaType().startsWith("image/"))) {
            throw ValidationFailure.of("alt", alt.length() > PageResource.ALT_MAX ? "alt text must be at most "
                    + PageResource.ALT_MAX + " characters" : "only pictures have alt text");
        }
        ContentVersion d = drafts.draftOf(m);
        if (page == null || page < 1 || page > d.getPages().size()) {
            throw ValidationFailure.of("page", "page must be between 1 and " + d.getPages().size() + " (save the page first)");
        }
        // The last part of whatever path the browser sent, without control characters or quotes; never parsed as a Path.
        String sent = filename == null ? "" : filename.replace('\\', '/');
        String name = sent.substring(sent.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        name = kind.withExtension(name.isEmpty() ? "resource" : name.length() > 180 ? name.substring(0, 180) : name);
        PageResource r = d.page(page).attach(name, kind.mediaType(), bytes, sha256(bytes), today.now(), alt);
        em.flush();
        audit.record(ModuleDrafts.AUDIT_MODULE, m.getId(), "RESOURCE_ATTACHED", null,
                Map.of("version", d.getNumber(), "page", page, "filename", name, "sizeBytes", bytes.length));
        return r;
    }

    @Transactional
    public void detach(long moduleId, long resourceId, UserAccount user) {
        Module m = authors.selfPaced(moduleId);
        authors.requireAuthor(m, user);
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
        if (!authors.mayAuthor(m, user) && learners.placeOf(m, user, null).isEmpty()) {
            throw new NotFound("No resource " + resourceId + " in module " + moduleId);
        }
        return r;
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}

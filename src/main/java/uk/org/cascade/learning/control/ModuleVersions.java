package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.entity.ContentVersion;

/** The stored content versions of a module: every one, the published ones, the draft; the rules are {@link ContentVersions}'. */
@ApplicationScoped
public class ModuleVersions {

    @PersistenceContext
    EntityManager em;

    public List<ContentVersion> versions(Module m) {
        return em.createQuery("SELECT v FROM ContentVersion v WHERE v.module = :m ORDER BY v.number", ContentVersion.class)
                .setParameter("m", m).getResultList();
    }

    public List<ContentVersion> published(Module m) {
        return versions(m).stream().filter(ContentVersion::isPublished).toList();
    }

    public Optional<ContentVersion> latestPublished(Module m) {
        List<ContentVersion> all = published(m);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<ContentVersion> draft(Module m) {
        return versions(m).stream().filter(v -> !v.isPublished()).findFirst();
    }

    public boolean hasPublished(long moduleId) {
        return em.createQuery("SELECT COUNT(v) FROM ContentVersion v WHERE v.module.id = :m AND v.publishedAt IS NOT NULL",
                Long.class).setParameter("m", moduleId).getSingleResult() > 0;
    }

    /** The latest published version of each module that has one, by module id; one query. */
    public Map<Long, ContentVersion> latestPublishedOf(Collection<Module> modules) {
        Map<Long, ContentVersion> latest = new HashMap<>();
        if (!modules.isEmpty()) {
            em.createQuery("SELECT v FROM ContentVersion v WHERE v.module IN :ms AND v.publishedAt IS NOT NULL ORDER BY v.number",
                    ContentVersion.class).setParameter("ms", modules).getResultStream()
                    .forEach(v -> latest.put(v.getModule().getId(), v));
        }
        return latest;
    }

    /** Whether any learner has started reading this version. */
    public boolean anyoneStarted(ContentVersion v) {
        return em.createQuery("SELECT COUNT(p) FROM ModuleProgress p WHERE p.contentVersion = :v", Long.class)
                .setParameter("v", v).getSingleResult() > 0;
    }
}

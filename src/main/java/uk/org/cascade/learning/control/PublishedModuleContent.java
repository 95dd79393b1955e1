package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.org.cascade.cohort.control.ModuleContent;

/** A module has pages to read once one of its content versions is published. */
@ApplicationScoped
public class PublishedModuleContent implements ModuleContent {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean hasPublishedContent(long moduleId) {
        return em.createQuery("SELECT COUNT(v) FROM ContentVersion v WHERE v.module.id = :m AND v.publishedAt IS NOT NULL",
                Long.class).setParameter("m", moduleId).getSingleResult() > 0;
    }
}

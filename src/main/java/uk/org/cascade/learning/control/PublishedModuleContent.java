package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.org.cascade.cohort.control.ModuleContent;

/** A module has pages to read once one of its content versions is published. */
@ApplicationScoped
public class PublishedModuleContent implements ModuleContent {

    @Inject
    ModuleVersions versions;

    @Override
    public boolean hasPublishedContent(long moduleId) {
        return versions.hasPublished(moduleId);
    }
}

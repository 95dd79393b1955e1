package uk.org.cascade.cohort.control;

/**
 * Whether a self-paced module has pages to read. A module with pages is completed by its content (its check,
 * or opening every page), not by the learner's word. The learning context, built on cohorts, answers it.
 */
public interface ModuleContent {

    boolean hasPublishedContent(long moduleId);
}

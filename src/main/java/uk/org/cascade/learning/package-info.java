/**
 * Self-paced module content: ordered pages (sanitised rich text, an allow-listed video, downloadable resources),
 * an optional knowledge check, and each learner's progress through the version of the content they started.
 * Completion is recorded through the cohort context, so a self-paced module has one completion path.
 */
package uk.org.cascade.learning;

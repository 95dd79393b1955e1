/**
 * What is taught and what it leads to: programmes with ordered modules, and the competencies that a
 * programme's completion, trainer course or refresher gives. Each competency is about one programme; the
 * programme's TRAINER competency is what the cascade rule asks of whoever leads its cohorts.
 */
package uk.org.cascade.curriculum;

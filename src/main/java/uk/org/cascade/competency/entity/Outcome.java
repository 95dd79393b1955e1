package uk.org.cascade.competency.entity;

/** What an assessor concluded. */
public enum Outcome {
    COMPETENT,
    NOT_YET_COMPETENT
}

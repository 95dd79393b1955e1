package uk.org.cascade.organisation.entity;

/** GIAS {@code EstablishmentStatus}: open (including "proposed to close"), closed, or proposed to open. */
public enum SchoolStatus {
    OPEN, CLOSED, PROPOSED
}

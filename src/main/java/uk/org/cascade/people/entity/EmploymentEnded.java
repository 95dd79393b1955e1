package uk.org.cascade.people.entity;

import java.time.LocalDate;

/**
 * Fired, inside the transaction, when an employment at a school ends (API, page or roster import), so that
 * coverage can tell whether the school just lost cover.
 */
public record EmploymentEnded(long employmentId, long personId, int schoolUrn, LocalDate lastDay) {
}

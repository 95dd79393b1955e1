package uk.org.cascade.people.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.people.entity.Person;

/**
 * Who supervises a person: the supervisor of their most recent supervision log. Supervision logs belong to the
 * supervision context, which answers this for contexts that may not use it (the refresher's reminders).
 */
public interface Supervisors {

    /** The supervisor of {@code personId}'s latest supervision on or before {@code day}; empty when never supervised. */
    Optional<Person> latestSupervisor(long personId, LocalDate day);
}

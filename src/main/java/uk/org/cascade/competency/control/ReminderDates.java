package uk.org.cascade.competency.control;

import java.time.LocalDate;
import java.util.List;
import uk.org.cascade.curriculum.entity.Competency;

/**
 * When a holder will be reminded about a holding: the refresher context keeps each competency's reminder ladder and
 * answers this for the learner's own page, which may not use it.
 */
public interface ReminderDates {

    /** A reminder still to come: its day and its step in words ("90 days before expiry", "at lapse"). */
    record Reminder(LocalDate on, String when) {
    }

    /** The reminders from {@code today} on (today's included) for a holding of {@code competency} ending on {@code expiry}. */
    List<Reminder> upcoming(Competency competency, LocalDate expiry, LocalDate today);
}

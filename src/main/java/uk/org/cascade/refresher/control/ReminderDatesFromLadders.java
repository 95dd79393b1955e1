package uk.org.cascade.refresher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.org.cascade.competency.control.ReminderDates;
import uk.org.cascade.curriculum.entity.Competency;

/** The refresher's answer to "when will I be reminded?": the competency's ladder, from today on. */
@ApplicationScoped
public class ReminderDatesFromLadders implements ReminderDates {

    @Inject
    ReminderLadders ladders;

    @Override
    public List<Reminder> upcoming(Competency competency, LocalDate expiry, LocalDate today) {
        return ladders.of(competency.getId()).upcoming(expiry, today).stream()
                .map(s -> new Reminder(s.dueOn(expiry), s.when())).toList();
    }
}

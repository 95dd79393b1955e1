package uk.org.cascade.competency.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.cascade.competency.control.ReminderDates;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/** "My competencies", the reminders to come: for each expiring competency held today, the days of its ladder ahead. */
@Named
@RequestScoped
public class MyRemindersBacking {

    /** One competency's reminders, in words: "6 March 2027 (90 days before expiry), 5 April 2027 (…)". */
    public record Upcoming(String competency, String reminders) {
    }

    @Inject
    SignOffs signOffs;

    @Inject
    ReminderDates reminderDates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private List<Upcoming> upcoming;

    @PostConstruct
    void load() {
        var me = currentUser.account();
        LocalDate day = today.date();
        upcoming = signOffs.held(me.getPerson().getId(), day, me).stream().filter(h -> h.expires() != null)
                .map(h -> new Upcoming(h.competency().getTitle(), reminderDates.upcoming(h.competency(), h.expires(), day)
                        .stream().map(r -> Dates.DAY.format(r.on()) + " (" + r.when() + ")")
                        .collect(Collectors.joining(", "))))
                .filter(u -> !u.reminders().isEmpty()).toList();
    }

    public List<Upcoming> getUpcoming() {
        return upcoming;
    }
}

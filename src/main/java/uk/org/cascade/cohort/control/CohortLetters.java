package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.org.cascade.cohort.control.SessionCalendar.CalendarEntry;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.control.PublicAddress;

/**
 * The letters a cohort sends: a place or a waiting-list place, a place that came up, and a session reminder.
 * They go out after the change commits (see {@link Mail}); a place comes with the sessions as an invite.
 */
@ApplicationScoped
public class CohortLetters {

    private static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;
    private static final DateTimeFormatter UNTIL = Dates.TIME;

    @Inject
    Today today;

    @Inject
    Mail mail;

    @Inject
    PublicAddress address;

    public void enrolled(Enrolment e) {
        Cohort c = e.getCohort();
        if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
            mail.send(new Letter(e.getPerson().getEmail(), "Waiting list: " + c.getTitle(),
                    greeting(e.getPerson()) + "you are on the waiting list for " + c.getTitle() + " ("
                            + c.getProgramme().getTitle() + "). We will email you as soon as a place comes up.\n\n"
                            + sessions(c) + footer()));
            return;
        }
        placeLetter(e, "Your place: " + c.getTitle(), "you have a place on ");
    }

    public void promoted(Enrolment e) {
        placeLetter(e, "A place has come up: " + e.getCohort().getTitle(), "a place has come up and it is yours: ");
    }

    public void reminder(Session s, Person to) {
        Cohort c = s.getCohort();
        mail.send(new Letter(to.getEmail(), "Reminder: " + c.getTitle() + " on "
                + s.getStartsAt().atZone(Today.ENGLAND).format(WHEN),
                greeting(to) + "a reminder of your next session of " + c.getTitle() + ":\n\n" + describe(s)
                        + "\nPlease do not bring any information that could identify a child or family.\n" + footer())
                .with(invite(c, List.of(s))));
    }

    private void placeLetter(Enrolment e, String subject, String lead) {
        Cohort c = e.getCohort();
        mail.send(new Letter(e.getPerson().getEmail(), subject, greeting(e.getPerson()) + lead + c.getTitle() + " ("
                + c.getProgramme().getTitle() + "), attending for " + e.getSchool().getName() + ".\n\n" + sessions(c)
                + "The attached invite adds the sessions to your calendar.\n" + footer())
                .with(invite(c, c.getSessions())));
    }

    private Letter.Attachment invite(Cohort c, List<Session> sessions) {
        return new Letter.Attachment("sessions.ics", SessionCalendar.MEDIA_TYPE,
                SessionCalendar.write(c.getTitle(), sessions.stream().map(this::entry).toList(), today.now())
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A session as a calendar event; its uid stays the same, so calendars update it when it moves. */
    public CalendarEntry entry(Session s) {
        Cohort c = s.getCohort();
        return new CalendarEntry("session-" + s.getId() + "@cascade", s.getStartsAt(), s.getEndsAt(),
                c.getTitle(), s.getWhere(), c.getProgramme().getTitle() + (s.getModules().isEmpty() ? ""
                : "\nModules: " + String.join("; ", s.getModules().stream().map(Module::getTitle).toList())),
                address.of("/cohort/learning.xhtml"));
    }

    private static String sessions(Cohort c) {
        if (c.getSessions().isEmpty()) {
            return "Sessions will be announced.\n\n";
        }
        StringBuilder text = new StringBuilder("Sessions:\n");
        c.getSessions().forEach(s -> text.append(describe(s)));
        return text.append('\n').toString();
    }

    private static String describe(Session s) {
        return "- " + s.getStartsAt().atZone(Today.ENGLAND).format(WHEN) + " to "
                + s.getEndsAt().atZone(Today.ENGLAND).format(UNTIL) + ", " + s.getWhere() + "\n";
    }

    private static String greeting(Person p) {
        return "Dear " + p.getName() + ",\n\n";
    }

    private String footer() {
        return "\nYour learning in Cascade: " + address.of("/cohort/learning.xhtml") + "\n";
    }
}

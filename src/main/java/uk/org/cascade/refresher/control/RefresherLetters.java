package uk.org.cascade.refresher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;
import uk.org.cascade.refresher.entity.ReminderKind;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.control.PublicAddress;

/**
 * The refresher letters: a person's reminders (window open, 30 days left, lapsed) and the coordinators' daily
 * digest. Sent after the run commits (see {@link Mail}). The digest names only person, school, competency and date.
 */
@ApplicationScoped
public class RefresherLetters {

    static final DateTimeFormatter DAY = Dates.DAY;

    /** A line of the digest. */
    public record Event(String personName, String schoolName, int localAuthority, String region, String competencyTitle,
                        ReminderKind kind, LocalDate expiry) {
    }

    @Inject
    Mail mail;

    @Inject
    PublicAddress address;

    public void remind(Person to, Competency competency, RefresherWindow window, ReminderKind kind) {
        String title = competency.getTitle();
        String subject = switch (kind) {
            case WINDOW_OPEN -> "Refresher due: " + title;
            case EXPIRES_SOON -> "30 days left: " + title;
            case LAPSED -> "Lapsed: " + title;
        };
        String body = switch (kind) {
            case WINDOW_OPEN -> "your " + title + " runs until " + lastDay(window) + ". Your refresher window is open "
                    + "now: a refresher (" + refresher(competency) + ") before then renews it for another period.\n\n"
                    + "We look for a place on a refresher cohort near you every day and email you when you have one.";
            case EXPIRES_SOON -> "your " + title + " runs out in 30 days: the last day it is valid is " + lastDay(window)
                    + ". If you have a refresher place, please make sure you attend; if not, please speak to your "
                    + "coordinator.";
            case LAPSED -> "your " + title + " lapsed on " + window.expiry().format(DAY) + ". You can still take the "
                    + "refresher (" + refresher(competency) + ") to be signed off again; until then you are not "
                    + "counted as trained.";
        };
        mail.send(new Letter(to.getEmail(), subject, "Dear " + to.getName() + ",\n\n" + body + "\n\nYour competencies: "
                + address.of("/competency/mine.xhtml") + "\n"));
    }

    /** One coordinator's digest of the day's refresher events in their scope; nothing when there are none. */
    public void digest(Person coordinator, LocalDate day, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("Dear " + coordinator.getName() + ",\n\nrefresher reminders sent on "
                + day.format(DAY) + " to staff at schools you coordinate:\n\n");
        for (Event e : events) {
            text.append("- ").append(e.personName()).append(", ").append(e.schoolName()).append(": ")
                    .append(e.competencyTitle()).append(" — ").append(switch (e.kind()) {
                        case WINDOW_OPEN -> "refresher window open, valid until ";
                        case EXPIRES_SOON -> "30 days left, valid until ";
                        case LAPSED -> "lapsed on ";
                    }).append(e.kind() == ReminderKind.LAPSED ? e.expiry().format(DAY) : e.expiry().minusDays(1).format(DAY))
                    .append('\n');
        }
        text.append("\nRefresher places needed in your area: ").append(address.of("/refresher/demand.xhtml")).append('\n');
        mail.send(new Letter(coordinator.getEmail(), "Refresher digest " + day.format(DAY) + ": " + events.size()
                + (events.size() == 1 ? " reminder" : " reminders"), text.toString()));
    }

    private static String lastDay(RefresherWindow window) {
        return window.expiry().minusDays(1).format(DAY);
    }

    private static String refresher(Competency c) {
        return c.getRefresherProgramme() == null ? "the refresher course" : c.getRefresherProgramme().getTitle();
    }
}

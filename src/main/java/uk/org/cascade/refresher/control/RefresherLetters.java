package uk.org.cascade.refresher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.refresher.entity.LadderStep;

/**
 * The reminder letters of a ladder step: to the holder, to their supervisor when the step says so, and the
 * coordinators' daily digest of the steps that name them. Sent after the run commits (see {@link Mail}). A letter
 * about a member of staff names only the person, their school, the competency and dates.
 */
@ApplicationScoped
public class RefresherLetters {

    static final DateTimeFormatter DAY = Dates.DAY;

    /** A line of the digest. */
    public record Event(String personName, String schoolName, int localAuthority, String region, String competencyTitle,
                        LadderStep step, LocalDate expiry) {
    }

    @Inject
    Mail mail;

    @Inject
    PublicAddress address;

    /** The holder's letter for {@code step}, sent on {@code day} (up to a week late: the words count from that day). */
    public void remind(Person to, Competency competency, RefresherWindow window, LadderStep step, LocalDate day) {
        String title = competency.getTitle();
        long left = ChronoUnit.DAYS.between(day, window.expiry());
        String subject = step.isBeforeExpiry() ? plural(left, "day") + " left: " + title
                : (step.daysBeforeExpiry() == 0 ? "Lapsed: " : "Still lapsed: ") + title;
        String body = step.isBeforeExpiry()
                ? "your " + title + " runs until " + lastDay(window) + " (" + plural(left, "day") + " from today). "
                        + renewal(competency, window, day)
                : "your " + title + " lapsed on " + window.expiry().format(DAY) + ". You can still take "
                        + refresher(competency) + " to be signed off again; until then you are not counted as trained.";
        mail.send(new Letter(to.getEmail(), subject, "Dear " + to.getName() + ",\n\n" + body + "\n\nYour competencies: "
                + address.of("/competency/mine.xhtml") + "\n"));
    }

    /** The supervisor's letter: someone they supervise has been reminded, in the same words of time. */
    public void toSupervisor(Person supervisor, Person holder, String schoolName, Competency competency,
                             RefresherWindow window, LadderStep step) {
        String title = competency.getTitle();
        String about = holder.getName() + (schoolName == null ? "" : " (" + schoolName + ")");
        String state = step.isBeforeExpiry() ? "runs until " + lastDay(window) + ". Please help them book a refresher "
                + "and attend it, so that their practice is not interrupted."
                : "lapsed on " + window.expiry().format(DAY) + ". Until they are signed off again they are not counted "
                + "as trained; please talk with them about renewing it.";
        mail.send(new Letter(supervisor.getEmail(), "Someone you supervise: " + title + " " + (step.isBeforeExpiry()
                ? "is valid until " + lastDay(window) : "has lapsed"), "Dear " + supervisor.getName() + ",\n\nas their "
                + "supervisor, we let you know that the " + title + " of " + about + ", whom you supervised most "
                + "recently, " + state + "\n\nThey have been sent a reminder too.\n"));
    }

    /** One coordinator's digest of the day's reminders in their scope that name coordinators; nothing when none. */
    public void digest(Person coordinator, LocalDate day, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("Dear " + coordinator.getName() + ",\n\nrenewal reminders sent on "
                + day.format(DAY) + " to staff at schools you coordinate:\n\n");
        for (Event e : events) {
            text.append("- ").append(e.personName()).append(", ").append(e.schoolName()).append(": ")
                    .append(e.competencyTitle()).append(" — ").append(e.step().when()).append(", ")
                    .append(e.step().isBeforeExpiry() ? "valid until " + e.expiry().minusDays(1).format(DAY)
                            : "lapsed on " + e.expiry().format(DAY))
                    .append('\n');
        }
        text.append("\nRefresher places needed in your area: ").append(address.of("/refresher/demand.xhtml")).append('\n');
        mail.send(new Letter(coordinator.getEmail(), "Refresher digest " + day.format(DAY) + ": " + events.size()
                + (events.size() == 1 ? " reminder" : " reminders"), text.toString()));
    }

    /** What renewing takes, from where the window stands on {@code day}. */
    private static String renewal(Competency competency, RefresherWindow window, LocalDate day) {
        if (competency.getRefresherProgramme() == null) {
            return "Please ask your trainer or coordinator about renewing it before then.";
        }
        if (window.isOpenOn(day)) {
            return "Your refresher window is open: " + refresher(competency) + " before then renews it for another "
                    + "period.\n\nWe look for a place on a refresher cohort near you every day and email you when you "
                    + "have one. If you have a place already, please make sure you attend.";
        }
        return "Your refresher window opens on " + window.opensOn().format(DAY) + ": from then we look for a place on "
                + refresher(competency) + " near you and email you when you have one.";
    }

    private static String lastDay(RefresherWindow window) {
        return window.expiry().minusDays(1).format(DAY);
    }

    private static String refresher(Competency c) {
        return c.getRefresherProgramme() == null ? "the course" : "the refresher (" + c.getRefresherProgramme()
                .getTitle() + ")";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

package uk.org.cascade.cohort.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.cohort.boundary.CohortViews.ModuleProgressView;
import uk.org.cascade.cohort.boundary.CohortViews.ProgressView;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.CohortCompletion;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.platform.Dates;

/**
 * "My learning": the signed-in person's current and completed enrolments with their progress, marking
 * self-paced modules done, and their private calendar address. What may be done is the services' to decide;
 * this bean only puts their answers into words.
 */
@Named
@ViewScoped
public class LearningBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<EnrolmentStatus> SHOWN = EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED,
            EnrolmentStatus.COMPLETED);
    private static final DateTimeFormatter DAY = Dates.DAY;
    private static final DateTimeFormatter DATE = Dates.DAY;
    private static final DateTimeFormatter TIME = Dates.TIME;

    /** A session as the page shows it; {@code calendarPath} downloads it as an .ics file. */
    public record NextSession(String when, String location, String onlineLink, String calendarPath)
            implements Serializable {
    }

    /**
     * One module's line; {@code markable}: the learner may mark it done here (a self-paced module without pages).
     * Where they stand in a module with pages is learning's to show ({@code learnerModulesBacking}).
     */
    public record ModuleLine(long id, String title, String mode, int minutes, boolean done, String doneOn,
                             boolean live, boolean markable, long enrolmentId) implements Serializable {
    }

    /** One enrolment as the page shows it; {@code next} is null when no session is still to come. */
    public record EnrolmentCard(long enrolmentId, String cohortTitle, String programme, EnrolmentStatus status,
                                String cohortStatus, String completedOn, NextSession next, int done, int total,
                                List<ModuleLine> modules) implements Serializable {

        public boolean waitlisted() {
            return status == EnrolmentStatus.WAITLISTED;
        }

        public String summary() {
            return done + " of " + total + (total == 1 ? " module" : " modules") + " done";
        }
    }

    @Inject
    Learning learning;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortCompletion completion;

    @Inject
    CurrentUser currentUser;

    private List<EnrolmentCard> current = List.of();
    private List<EnrolmentCard> completed = List.of();
    private String calendarUrl;

    public void load() {
        CohortReach reach = reach();
        // Withdrawn and not-completed enrolments have nothing left to do or to show.
        List<EnrolmentCard> cards = learning.of(reach.self()).stream()
                .filter(p -> SHOWN.contains(EnrolmentStatus.valueOf(p.enrolment().status())))
                .map(p -> card(p, reach)).toList();
        current = cards.stream().filter(c -> c.status() == EnrolmentStatus.ENROLLED || c.waitlisted()).toList();
        completed = cards.stream().filter(c -> c.status() == EnrolmentStatus.COMPLETED).toList();
        calendarUrl = learning.calendarUrl(reach.self(), false);
    }

    public void markDone(long enrolmentId, long moduleId, String title) {
        try {
            completion.completeModule(enrolmentId, moduleId, reach());
            info("'" + title + "' is marked as done.");
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of());
        } catch (Conflict | NotFound e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    public void renewCalendar() {
        calendarUrl = learning.calendarUrl(reach().self(), true);
        info("You have a new calendar address. The old one has stopped working: subscribe to this one instead.");
    }

    private EnrolmentCard card(ProgressView p, CohortReach reach) {
        Cohort cohort = cohorts.find(p.enrolment().cohortId(), reach);
        EnrolmentStatus status = EnrolmentStatus.valueOf(p.enrolment().status());
        CohortStatus cohortStatus = CohortStatus.valueOf(p.cohortStatus());
        boolean mayMark = status == EnrolmentStatus.ENROLLED && !cohortStatus.isClosed();
        NextSession next = learning.nextSession(cohort).map(s -> next(cohort, s)).orElse(null);
        return new EnrolmentCard(p.enrolment().id(), p.cohortTitle(),
                cohort.getProgramme().getTitle() + " (" + p.programmeCode() + ")", status, cohortStatus.getLabel(),
                date(p.enrolment().completedOn()), next, p.modulesDone(), p.modulesTotal(),
                p.modules().stream().map(m -> line(m, mayMark, p.enrolment().id())).toList());
    }

    /** A module with pages is completed by them (its check, or reading every page), never by the learner's word. */
    private ModuleLine line(ModuleProgressView m, boolean mayMark, long enrolmentId) {
        DeliveryMode mode = DeliveryMode.valueOf(m.mode());
        boolean markable = mayMark && !m.done() && !mode.isLive() && !completion.hasPublishedContent(m.moduleId());
        return new ModuleLine(m.moduleId(), m.title(), mode.getLabel(), m.minutes(), m.done(), date(m.on()),
                mode.isLive(), markable, enrolmentId);
    }

    private static NextSession next(Cohort cohort, Session s) {
        return new NextSession(when(s.getStartsAt(), s.getEndsAt()), s.getLocation(), s.getOnlineLink(),
                "/api/v1/cohorts/" + cohort.getId() + "/sessions/" + s.getId() + "/calendar.ics");
    }

    /** "2 March 2026, 09:30–12:30", in England's time whatever the server's zone. */
    static String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(Today.ENGLAND);
        ZonedDateTime to = end.atZone(Today.ENGLAND);
        return DAY.format(from) + ", " + TIME.format(from) + "–"
                + (to.toLocalDate().equals(from.toLocalDate()) ? "" : DAY.format(to) + ", ") + TIME.format(to);
    }

    private static String date(LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private CohortReach reach() {
        return CohortReach.of(currentUser.account());
    }

    public List<EnrolmentCard> getCurrent() {
        return current;
    }

    public List<EnrolmentCard> getCompleted() {
        return completed;
    }

    /** Not "empty": that is an EL operator. */
    public boolean isUnenrolled() {
        return current.isEmpty() && completed.isEmpty();
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }
}

package uk.org.cascade.cohort.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.control.Cohorts.Counts;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.people.entity.Person;

/** How the API shows cohorts, sessions, enrolments and progress. */
public final class CohortViews {

    private CohortViews() {
    }

    public record Named(long id, String name) {
    }

    public record LocalAuthorityView(int code, String name) {
    }

    public record SessionView(long id, Instant start, Instant end, String location, String onlineLink, List<Named> modules) {

        static SessionView of(Session s) {
            return new SessionView(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getLocation(), s.getOnlineLink(),
                    s.getModules().stream().map(m -> new Named(m.getId(), m.getTitle())).toList());
        }
    }

    /** A cohort with its counts; {@code fillRate} is places taken over capacity, 0 to 1. */
    public record CohortView(long id, String programmeCode, String programmeTitle, String title, int capacity,
                             long enrolled, long waitlisted, long completed, long notCompleted, double fillRate,
                             LocalAuthorityView localAuthority, String status, List<Named> leadTrainers,
                             List<SessionView> sessions, long version) {

        static CohortView of(Cohort c, Counts n) {
            return new CohortView(c.getId(), c.getProgramme().getCode(), c.getProgramme().getTitle(), c.getTitle(),
                    c.getCapacity(), n.enrolled(), n.waitlisted(), n.completed(), n.notCompleted(),
                    Math.min(1.0, (double) n.placesTaken() / c.getCapacity()),
                    c.getLocalAuthority() == null ? null
                            : new LocalAuthorityView(c.getLocalAuthority().getCode(), c.getLocalAuthority().getName()),
                    c.getStatus().name(), c.getLeadTrainers().stream().sorted(Comparator.comparing(Person::getName))
                            .map(p -> new Named(p.getId(), p.getName())).toList(),
                    c.getSessions().stream().map(SessionView::of).toList(), c.getVersion());
        }
    }

    /** {@code waitlistPosition}: from 1, for a waiting enrolment. */
    public record EnrolmentView(long id, long cohortId, long personId, String name, int schoolUrn, String school,
                                String status, Integer waitlistPosition, Instant requestedAt, LocalDate completedOn,
                                long version) {

        static EnrolmentView of(Enrolment e, Integer position) {
            return new EnrolmentView(e.getId(), e.getCohort().getId(), e.getPerson().getId(), e.getPerson().getName(),
                    e.getSchool().getUrn(), e.getSchool().getName(), e.getStatus().name(), position, e.getRequestedAt(),
                    e.getCompletedOn(), e.getVersion());
        }
    }

    public record ModuleProgressView(long moduleId, String title, String mode, int minutes, boolean done, LocalDate on) {

        static ModuleProgressView of(ModuleProgress p) {
            Module m = p.module();
            return new ModuleProgressView(m.getId(), m.getTitle(), m.getMode().name(), m.getMinutes(), p.done(), p.on());
        }
    }

    /** A learner's enrolment with their progress through the modules. */
    public record ProgressView(EnrolmentView enrolment, String cohortTitle, String programmeCode, String cohortStatus,
                               int modulesDone, int modulesTotal, List<ModuleProgressView> modules) {
    }

    /** The attendance grid: sessions across, learners with a place down, the latest mark in each cell. */
    public record AttendanceGrid(List<SessionView> sessions, List<AttendanceRow> rows) {
    }

    public record AttendanceRow(long enrolmentId, long personId, String name, String status, Map<Long, String> marks) {
    }
}

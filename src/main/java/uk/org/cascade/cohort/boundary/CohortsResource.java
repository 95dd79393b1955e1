package uk.org.cascade.cohort.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.cohort.boundary.CohortViews.AttendanceGrid;
import uk.org.cascade.cohort.boundary.CohortViews.AttendanceRow;
import uk.org.cascade.cohort.boundary.CohortViews.CohortView;
import uk.org.cascade.cohort.boundary.CohortViews.EnrolmentView;
import uk.org.cascade.cohort.boundary.CohortViews.SessionView;
import uk.org.cascade.cohort.control.AttendanceRegister;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.control.CohortForms.StatusForm;
import uk.org.cascade.cohort.control.CohortForms;
import uk.org.cascade.cohort.control.CohortLetters;
import uk.org.cascade.cohort.control.CohortPlanning;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.Enrolments;
import uk.org.cascade.cohort.control.SessionCalendar;
import uk.org.cascade.cohort.control.SessionReminders;
import uk.org.cascade.cohort.control.Sessions;
import uk.org.cascade.cohort.control.WaitingLists;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.people.control.People;
import uk.org.cascade.security.control.CurrentUser;

/**
 * Cohorts: planning, enrolment, attendance. Who may do what is {@link CohortReach}, enforced by each use case in
 * cohort's control.
 */
@Path("v1/cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cohort")
public class CohortsResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Enrolments enrolments;

    @Inject
    CohortPlanning planning;

    @Inject
    AttendanceRegister register;

    @Inject
    Sessions sessions;

    @Inject
    WaitingLists waitingLists;

    @Inject
    CohortLetters letters;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    SessionReminders reminders;

    @Inject
    Today today;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCohorts",
            summary = "Cohorts the caller works with, newest first, with enrolment counts and fill rates: all for "
            + "administrators, those they lead for trainers (mine=true for anyone), their area's for coordinators")
    public Page<CohortView> list(@QueryParam("programme") String programme, @QueryParam("status") String status,
                                 @QueryParam("la") Integer la, @QueryParam("mine") boolean mine,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Cohort> found = cohorts.page(new Cohorts.Filter(programme, status, la, mine), reach(), PageRequest.of(page, size));
        Map<Long, Cohorts.Counts> counts = cohorts.counts(found.items());
        return found.map(c -> CohortView.of(c, counts.getOrDefault(c.getId(), Cohorts.Counts.NONE)));
    }

    @POST
    @Operation(operationId = "createCohort",
            summary = "Plan a cohort: {programmeCode, title, capacity, leadTrainerIds, status: DRAFT | OPEN, "
            + "localAuthority?, sessions: [{start, end, location?, onlineLink?, moduleIds?}]}. Every lead trainer must "
            + "hold the programme's current TRAINER competency on every session date (422 otherwise)")
    public Response create(CohortForm form) {
        Cohort cohort = planning.create(required(form), reach());
        return Response.created(uri.getAbsolutePathBuilder().path(cohort.getId().toString()).build())
                .entity(view(cohort)).build();
    }

    @POST
    @Path("reminders")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "sendSessionReminders",
            summary = "Send now the reminders that run every quarter hour: sessions starting within two days "
            + "of `at` (default now) not yet reminded. Idempotent")
    public SessionReminders.Run remind(@QueryParam("at") String at) {
        Validation check = new Validation();
        Instant when = at == null || at.isBlank() ? today.now() : CohortForms.instant(at, "at", check);
        check.orThrow();
        return reminders.remind(when);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCohort",
            summary = "One cohort the caller works with, with enrolment counts and fill rate")
    public CohortView get(@PathParam("id") long id) {
        return view(cohorts.find(id, reach()));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "reviseCohort",
            summary = "Change title, capacity, localAuthority, leadTrainerIds (with version); more places promote "
            + "from the waiting list")
    public CohortView revise(@PathParam("id") long id, CohortForm form) {
        return view(planning.revise(id, required(form), reach()));
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "changeCohortStatus",
            summary = "{status: OPEN | RUNNING | COMPLETED | CANCELLED, version}. COMPLETED makes unfinished "
            + "learners NOT_COMPLETED")
    public CohortView move(@PathParam("id") long id, StatusForm form) {
        return view(planning.move(id, required(form).status(), form.version(), reach()));
    }

    @POST
    @Path("{id}/sessions")
    @Operation(operationId = "addSession",
            summary = "Add a session: {start, end, location, onlineLink, moduleIds}; 201 with its address")
    public Response addSession(@PathParam("id") long id, SessionForm form) {
        Session session = sessions.add(id, required(form), reach());
        return Response.created(uri.getAbsolutePathBuilder().path(session.getId().toString()).build())
                .entity(SessionView.of(session)).build();
    }

    @PUT
    @Path("{id}/sessions/{sid}")
    @Operation(operationId = "reviseSession", summary = "Change a session: the same body as adding one")
    public SessionView reviseSession(@PathParam("id") long id, @PathParam("sid") long sid, SessionForm form) {
        return SessionView.of(sessions.revise(id, sid, required(form), reach()));
    }

    @DELETE
    @Path("{id}/sessions/{sid}")
    @Operation(operationId = "removeSession", summary = "Remove a session nobody's attendance is recorded for")
    public Response removeSession(@PathParam("id") long id, @PathParam("sid") long sid) {
        sessions.remove(id, sid, reach());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/sessions/{sid}/calendar.ics")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getSessionCalendar", summary = "The session as an iCalendar (RFC 5545) file")
    public Response sessionCalendar(@PathParam("id") long id, @PathParam("sid") long sid) {
        Session session = sessions.session(id, sid, reach());
        return Response.ok(SessionCalendar.write(session.getCohort().getTitle(), List.of(letters.entry(session)), today.now()))
                .type(SessionCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"session-" + sid + ".ics\"").build();
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(operationId = "listEnrolments",
            summary = "The roster the caller may see, by name, with waiting-list positions in the order places are given")
    public Page<EnrolmentView> roster(@PathParam("id") long id, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Cohort cohort = cohorts.find(id, reach());
        List<Enrolment> visible = cohorts.roster(cohort, reach());
        List<Enrolment> slice = visible.subList(Math.min(request.first(), visible.size()),
                Math.min(request.first() + request.size(), visible.size()));
        return new Page<>(views(cohort, slice), request.page(), request.size(), visible.size());
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(operationId = "enrolInCohort",
            summary = "Enrol {personId, schoolUrn} (a school where they work today): ENROLLED while places remain, "
            + "else WAITLISTED; the same person twice → 409")
    public Response enrol(@PathParam("id") long id, EnrolmentForm form) {
        Enrolment enrolment = enrolments.enrol(id, required(form), reach());
        return Response.created(uri.getAbsolutePathBuilder().path(enrolment.getId().toString()).build())
                .entity(EnrolmentView.of(enrolment, null)).build();
    }

    @POST
    @Path("{id}/enrolments/{eid}/withdrawal")
    @Operation(operationId = "withdrawEnrolment",
            summary = "Withdraw: a freed place goes to the first on the waiting list")
    public EnrolmentView withdraw(@PathParam("id") long id, @PathParam("eid") long eid) {
        return EnrolmentView.of(enrolments.withdraw(id, eid, reach()), null);
    }

    @GET
    @Path("{id}/attendance")
    @Operation(operationId = "getCohortAttendance",
            summary = "The attendance grid: latest mark per learner with a place per session")
    public AttendanceGrid attendance(@PathParam("id") long id) {
        Cohort cohort = cohorts.find(id, reach());
        Map<Long, Map<Long, AttendanceStatus>> marks = cohorts.latestMarks(cohort);
        List<AttendanceRow> rows = new ArrayList<>();
        for (Enrolment e : cohorts.roster(cohort, reach())) {
            if (!e.getStatus().holdsPlace()) {
                continue;
            }
            Map<Long, String> row = new HashMap<>();
            marks.forEach((sessionId, bySession) -> {
                AttendanceStatus mark = bySession.get(e.getId());
                if (mark != null) {
                    row.put(sessionId, mark.name());
                }
            });
            rows.add(new AttendanceRow(e.getId(), e.getPerson().getId(), e.getPerson().getName(), e.getStatus().name(), row));
        }
        return new AttendanceGrid(cohort.getSessions().stream().map(SessionView::of).toList(), rows);
    }

    @PUT
    @Path("{id}/sessions/{sid}/attendance")
    @Operation(operationId = "recordAttendance",
            summary = "[{enrolmentId, status: PRESENT | ABSENT | EXCUSED}] for a session that has started; "
            + "appended (the latest mark counts); completion follows")
    public AttendanceGrid recordAttendance(@PathParam("id") long id, @PathParam("sid") long sid, List<Mark> marks) {
        register.record(id, sid, marks, reach(), people.of(currentUser.account()));
        return attendance(id);
    }

    private List<EnrolmentView> views(Cohort cohort, List<Enrolment> roster) {
        List<Enrolment> queue = waitingLists.inOrder(cohort);
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.put(queue.get(i).getId(), i + 1);
        }
        return roster.stream().map(e -> EnrolmentView.of(e, positions.get(e.getId()))).collect(Collectors.toList());
    }

    private CohortView view(Cohort cohort) {
        return CohortView.of(cohort, cohorts.counts(cohort));
    }

    private CohortReach reach() {
        return CohortReach.of(currentUser.account());
    }

    static <T> T required(T form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        return form;
    }
}

package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorld.Someone;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.TestMail;

/** Cohorts through the API: capacity under load, the cascade rule, scope, attendance and completion, calendars, mail. */
class CohortsIT extends DeployedCascade {

    private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
    private static final String EARLIER_TODAY = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES).toString();
    private static final String TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
    private static final String NEXT_WEEK = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();

    private CohortWorld world;
    private Caller trainer;
    private long trainerId;

    @BeforeEach
    void world() {
        world = new CohortWorld(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        trainerId = world.personId(trainer);
    }

    @Test
    void fiftyConcurrentEnrolments_fillTenPlacesExactly_andWaitlistTheRest() throws Exception {
        long cohort = world.cohort(trainer, trainerId, 10, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(world.learner(CohortWorld.NORFOLK_SCHOOL).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (long person : people) {
            answers.add(pool.submit(() -> {
                go.await();
                return world.enrol(cohort, person, CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);
            }));
        }
        go.countDown();
        int enrolled = 0;
        int waitlisted = 0;
        for (Future<Answer> answer : answers) {
            Answer a = answer.get();
            assertEquals(201, a.status(), a.body());
            if (a.json().getString("status").equals("ENROLLED")) {
                enrolled++;
            } else {
                waitlisted++;
            }
        }
        pool.shutdown();

        assertEquals(10, enrolled);
        assertEquals(40, waitlisted);
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, trainer).json();
        assertEquals(10, view.getInt("enrolled"));
        assertEquals(40, view.getInt("waitlisted"));
        JsonArray roster = roster(cohort, trainer);
        Set<Long> distinct = new HashSet<>();
        roster.forEach(v -> distinct.add(v.asJsonObject().getJsonNumber("personId").longValue()));
        assertEquals(50, roster.size());
        assertEquals(50, distinct.size(), "nobody holds two places");
        assertEquals(409, world.enrol(cohort, people.get(0), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status(),
                "the same person twice");
    }

    @Test
    void leadTrainers_mustHoldTheCurrentTrainerCompetency_onEverySessionDate() {
        Caller untrained = world.user("TRAINER");
        Caller trainedLater = world.trainer(LocalDate.now().plusDays(3));
        Caller revoked = world.trainer(LocalDate.now().minusYears(1));
        revoke(world.personId(revoked));

        Answer none = tryCohort(untrained, world.personId(untrained));
        Answer tooLate = tryCohort(trainedLater, world.personId(trainedLater));
        Answer wasRevoked = tryCohort(revoked, world.personId(revoked));
        Answer fine = tryCohort(trainer, trainerId);

        assertEquals(422, none.status(), none.body());
        assertTrue(none.body().contains("does not hold the current trainer competency"), none.body());
        assertEquals(422, tooLate.status(), "certified only after the first session");
        assertTrue(tooLate.body().contains(uk.org.cascade.platform.Dates.day(LocalDate.now().plusDays(1))), tooLate.body());
        assertEquals(422, wasRevoked.status(), "a revoked sign-off does not count");
        assertEquals(201, fine.status(), fine.body());
    }

    @Test
    void aFreedPlace_goesFirstToASchoolWithoutTrainedStaff() {
        long cohort = world.cohort(trainer, trainerId, 1, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        Someone first = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone coveredSchool = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone gapSchool = world.learner(CohortWorld.OTHER_NORFOLK_SCHOOL);
        // Someone at the first school already holds the practitioner competency: that school is covered.
        world.signOff(world.learner(CohortWorld.NORFOLK_SCHOOL).id(), world.practitionerCompetency, LocalDate.now().minusMonths(1));
        long placed = world.enrol(cohort, first.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).json().getJsonNumber("id").longValue();
        world.enrol(cohort, coveredSchool.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);
        world.enrol(cohort, gapSchool.id(), CohortWorld.OTHER_NORFOLK_SCHOOL, Caller.ADMIN);

        Answer withdrawn = api.post("/api/v1/cohorts/" + cohort + "/enrolments/" + placed + "/withdrawal", "", trainer);

        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        JsonArray roster = roster(cohort, trainer);
        assertEquals("ENROLLED", statusOf(roster, gapSchool.id()), "the school with a gap comes first");
        assertEquals("WAITLISTED", statusOf(roster, coveredSchool.id()));
        TestMail.await(gapSchool.email(), "A place has come up");
    }

    @Test
    void trainersSeeTheirCohorts_learnersOnlyTheirOwnEnrolment_coordinatorsTheirSchools() {
        long cohort = world.cohort(trainer, trainerId, 5, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        Caller otherTrainer = world.trainer(LocalDate.now().minusYears(1));
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        Caller outsider = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        Caller coordinator = world.user("COORDINATOR");
        assertEquals(201, world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        assertEquals(201, world.enrol(cohort, world.learner(CohortWorld.OTHER_NORFOLK_SCHOOL).id(),
                CohortWorld.OTHER_NORFOLK_SCHOOL, coordinator).status(), "a coordinator enrols staff of their schools");
        Someone londoner = world.learner(CohortWorld.LONDON_SCHOOL);

        assertEquals(404, api.get("/api/v1/cohorts/" + cohort, otherTrainer).status());
        assertEquals(0, api.get("/api/v1/cohorts?mine=true", otherTrainer).json().getInt("total"));
        assertEquals(1, api.get("/api/v1/cohorts?mine=true", trainer).json().getInt("total"));
        assertEquals(404, api.get("/api/v1/cohorts/" + cohort, outsider).status());
        assertEquals(200, api.get("/api/v1/cohorts/" + cohort, learner).status());
        JsonArray ownView = roster(cohort, learner);
        assertEquals(1, ownView.size(), "a learner sees only their own enrolment");
        assertEquals(2, roster(cohort, trainer).size());
        assertEquals(403, world.enrol(cohort, londoner.id(), CohortWorld.LONDON_SCHOOL, coordinator).status());
        assertEquals(403, world.enrol(cohort, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                learner).status());
        assertEquals(401, api.get("/api/v1/cohorts/" + cohort, Caller.NOBODY).status());
    }

    @Test
    void cohortPages_planningAndTheListAreForTrainersCoordinatorsAndAdministrators_aCohortForThoseInIt() {
        long cohort = world.cohort(trainer, trainerId, 5, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        assertEquals(201, world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        Caller outsider = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        Caller supervisor = world.user("SUPERVISOR");
        String trainerEmail = api.get("/api/v1/me", trainer).json().getString("email");
        PageSession asLearner = PageSession.signIn(api, learner);
        PageSession asOutsider = PageSession.signIn(api, outsider);
        PageSession asSupervisor = PageSession.signIn(api, supervisor);
        PageSession asTrainer = PageSession.signIn(api, trainer);
        PageSession asCoordinator = PageSession.signIn(api, world.user("COORDINATOR"));

        PageSession.Page plan = asLearner.get("/cohort/plan.xhtml");
        assertEquals(403, plan.status());
        assertFalse(plan.html().contains(trainerEmail), "no trainer's email on the refusal");
        assertEquals(403, asSupervisor.get("/cohort/plan.xhtml").status());
        assertEquals(403, asLearner.get("/cohort/cohorts.xhtml").status());
        assertEquals(403, asSupervisor.get("/cohort/cohorts.xhtml").status());
        assertEquals(404, asOutsider.get("/cohort/cohort.xhtml?id=" + cohort).status(), "not in it");
        assertEquals(200, asLearner.get("/cohort/cohort.xhtml?id=" + cohort).status(), "their own cohort");
        assertEquals(200, asLearner.get("/cohort/learning.xhtml").status());
        PageSession.Page planning = asTrainer.get("/cohort/plan.xhtml");
        assertEquals(200, planning.status());
        assertTrue(planning.html().contains(trainerEmail), "a trainer chooses lead trainers by name and email");
        assertEquals(200, asCoordinator.get("/cohort/plan.xhtml").status());
        assertEquals(200, asTrainer.get("/cohort/cohorts.xhtml").status());
    }

    @Test
    void attendanceAndSelfPacedWork_completeAnEnrolment_andClosingMarksTheRestNotCompleted() {
        long cohort = world.cohort(trainer, trainerId, 5, YESTERDAY, EARLIER_TODAY).getJsonNumber("id").longValue();
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, trainer).json();
        long s1 = view.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        long s2 = view.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        long finisher = world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).json()
                .getJsonNumber("id").longValue();
        long other = world.enrol(cohort, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                Caller.ADMIN).json().getJsonNumber("id").longValue();

        mark(cohort, s1, "[{\"enrolmentId\":" + finisher + ",\"status\":\"PRESENT\"},{\"enrolmentId\":" + other
                + ",\"status\":\"ABSENT\"}]");
        mark(cohort, s2, "[{\"enrolmentId\":" + finisher + ",\"status\":\"PRESENT\"}]");
        assertEquals("RUNNING", api.get("/api/v1/cohorts/" + cohort, trainer).json().getString("status"),
                "the first marks start the cohort");
        JsonObject progress = myEnrolment(learner, finisher);
        assertEquals("ENROLLED", progress.getJsonObject("enrolment").getString("status"), "the self-paced module is still to do");
        assertEquals(2, progress.getInt("modulesDone"));

        Answer live = api.post("/api/v1/me/learning/" + finisher + "/modules/" + world.liveOne + "/completion", "", learner);
        Answer done = api.post("/api/v1/me/learning/" + finisher + "/modules/" + world.selfPaced + "/completion", "", learner);
        Answer notYours = api.post("/api/v1/me/learning/" + other + "/modules/" + world.selfPaced + "/completion", "", learner);
        // "/me" is the caller's own record, whoever calls: an administrator, the lead trainer or a coordinator too.
        Caller coordinator = world.user("COORDINATOR");
        List<Integer> othersCompleting = List.of(Caller.ADMIN, trainer, coordinator).stream().map(who -> api.post(
                "/api/v1/me/learning/" + other + "/modules/" + world.selfPaced + "/completion", "", who).status()).toList();

        assertEquals(422, live.status(), "live modules are completed by attendance");
        assertEquals(200, done.status(), done.body());
        assertEquals("COMPLETED", done.json().getJsonObject("enrolment").getString("status"));
        assertEquals(3, done.json().getInt("modulesDone"));
        assertEquals(404, notYours.status());
        assertEquals(List.of(404, 404, 404), othersCompleting, "administrator, lead trainer, coordinator");
        assertTrue(api.get("/api/v1/audit?entityType=Enrolment&entityId=" + other + "&size=500", Caller.ADMIN).json()
                .getJsonArray("items").stream().noneMatch(e -> e.toString().contains("MODULE_COMPLETED")),
                "nothing was marked done on their enrolment");

        mark(cohort, s2, "[{\"enrolmentId\":" + finisher + ",\"status\":\"ABSENT\"}]");
        assertEquals("ENROLLED", myEnrolment(learner, finisher).getJsonObject("enrolment").getString("status"),
                "a corrected mark undoes completion while the cohort runs");
        mark(cohort, s2, "[{\"enrolmentId\":" + finisher + ",\"status\":\"PRESENT\"}]");
        JsonObject grid = api.get("/api/v1/cohorts/" + cohort + "/attendance", trainer).json();
        assertEquals(2, grid.getJsonArray("rows").size());
        assertEquals(4, api.get("/api/v1/audit?entityType=Attendance&size=500", Caller.ADMIN).json().getJsonArray("items")
                .stream().filter(e -> e.asJsonObject().getString("after").contains("\"enrolmentId\":" + finisher)).count(),
                "every mark and correction is kept");

        int version = api.get("/api/v1/cohorts/" + cohort, trainer).json().getInt("version");
        Answer closed = api.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"COMPLETED\",\"version\":" + version + "}",
                trainer);

        assertEquals(200, closed.status(), closed.body());
        JsonArray roster = roster(cohort, trainer);
        assertEquals("COMPLETED", statusOf(roster, world.personId(learner)));
        assertEquals(1, roster.stream().filter(e -> e.asJsonObject().getString("status").equals("NOT_COMPLETED")).count());
        assertEquals(409, api.post("/api/v1/cohorts/" + cohort + "/status", "{\"status\":\"COMPLETED\",\"version\":" + version
                + "}", trainer).status(), "a stale version");
    }

    @Test
    void revisingTheProgramme_leavesACompletedEnrolmentAsTheLearnerDidIt() {
        long cohort = world.cohort(trainer, trainerId, 5, YESTERDAY, EARLIER_TODAY).getJsonNumber("id").longValue();
        JsonArray sessions = api.get("/api/v1/cohorts/" + cohort, trainer).json().getJsonArray("sessions");
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        long enrolment = world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).json()
                .getJsonNumber("id").longValue();
        for (int i = 0; i < 2; i++) {
            mark(cohort, sessions.getJsonObject(i).getJsonNumber("id").longValue(),
                    "[{\"enrolmentId\":" + enrolment + ",\"status\":\"PRESENT\"}]");
        }
        api.post("/api/v1/me/learning/" + enrolment + "/modules/" + world.selfPaced + "/completion", "", learner);
        int version = api.get("/api/v1/programmes/" + world.programme, Caller.ADMIN).json().getInt("version");

        Answer revised = api.put("/api/v1/programmes/" + world.programme, "{\"title\":\"Programme revised\",\"version\":"
                + version + ",\"modules\":[{\"id\":" + world.selfPaced + ",\"title\":\"Reading, second edition\","
                + "\"minutes\":90,\"mode\":\"SELF_PACED\"},{\"id\":" + world.liveOne + ",\"title\":\"Workshop one\","
                + "\"minutes\":120,\"mode\":\"IN_PERSON\"},{\"id\":" + world.liveTwo + ",\"title\":\"Workshop two\","
                + "\"minutes\":120,\"mode\":\"LIVE_ONLINE\"},{\"title\":\"A new module\",\"minutes\":30,"
                + "\"mode\":\"SELF_PACED\"}]}", Caller.ADMIN);

        assertEquals(200, revised.status(), revised.body());
        JsonObject record = myEnrolment(learner, enrolment);
        assertEquals("COMPLETED", record.getJsonObject("enrolment").getString("status"));
        assertEquals(3, record.getInt("modulesTotal"), "the module added later is not part of what they did");
        assertTrue(record.getJsonArray("modules").stream().anyMatch(m -> m.asJsonObject().getString("title").equals("Reading")),
                "the title as it was when they did it");
    }

    @Test
    void enrolment_isForASchoolWherePersonWorksToday_andMorePlacesPromoteTheWaitingList() {
        long cohort = world.cohort(trainer, trainerId, 1, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        Someone first = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone second = world.learner(CohortWorld.NORFOLK_SCHOOL);

        Answer wrongSchool = world.enrol(cohort, first.id(), CohortWorld.OTHER_NORFOLK_SCHOOL, Caller.ADMIN);
        world.enrol(cohort, first.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);
        assertEquals("WAITLISTED", world.enrol(cohort, second.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).json()
                .getString("status"));
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, trainer).json();
        Answer bigger = api.put("/api/v1/cohorts/" + cohort, "{\"title\":\"Bigger\",\"capacity\":2,\"leadTrainerIds\":["
                + trainerId + "],\"localAuthority\":926,\"version\":" + view.getInt("version") + "}", trainer);

        assertEquals(422, wrongSchool.status());
        assertTrue(wrongSchool.body().contains("does not work at"), wrongSchool.body());
        assertEquals(200, bigger.status(), bigger.body());
        assertEquals(2, bigger.json().getInt("enrolled"));
        assertEquals(0, bigger.json().getInt("waitlisted"));
        TestMail.await(second.email(), "A place has come up");
        Answer smaller = api.put("/api/v1/cohorts/" + cohort, "{\"title\":\"Smaller\",\"capacity\":1,\"leadTrainerIds\":["
                + trainerId + "],\"localAuthority\":926,\"version\":" + bigger.json().getInt("version") + "}", trainer);
        assertEquals(422, smaller.status(), smaller.body());
        assertTrue(smaller.body().contains("2 places are taken"), smaller.body());
        Answer stale = api.put("/api/v1/cohorts/" + cohort, "{\"title\":\"Stale\",\"capacity\":3,\"leadTrainerIds\":["
                + trainerId + "],\"localAuthority\":926,\"version\":" + view.getInt("version") + "}", trainer);
        assertEquals(409, stale.status(), "a stale version");
    }

    @Test
    void attendanceIsRefused_forASessionNotYetStarted_andForSomeoneWithoutAPlace() {
        long cohort = world.cohort(trainer, trainerId, 1, YESTERDAY, TOMORROW).getJsonNumber("id").longValue();
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, trainer).json();
        long past = view.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        long future = view.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
        long placed = world.enrol(cohort, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                Caller.ADMIN).json().getJsonNumber("id").longValue();
        long waiting = world.enrol(cohort, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                Caller.ADMIN).json().getJsonNumber("id").longValue();

        Answer early = api.put("/api/v1/cohorts/" + cohort + "/sessions/" + future + "/attendance",
                "[{\"enrolmentId\":" + placed + ",\"status\":\"PRESENT\"}]", trainer);
        Answer bad = api.put("/api/v1/cohorts/" + cohort + "/sessions/" + past + "/attendance",
                "[{\"enrolmentId\":" + waiting + ",\"status\":\"PRESENT\"},{\"enrolmentId\":" + placed + ",\"status\":\"LATE\"}]",
                trainer);

        assertEquals(409, early.status(), early.body());
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("has no place (WAITLISTED)") && bad.body().contains("PRESENT, ABSENT or EXCUSED"), bad.body());
        assertEquals(0, api.get("/api/v1/cohorts/" + cohort + "/attendance", trainer).json().getJsonArray("rows")
                .getJsonObject(0).getJsonObject("marks").size(), "nothing was recorded");
    }

    @Test
    void aPlannerAddsMovesAndRemovesSessions_butASessionWithAttendanceStays() {
        long cohort = world.cohort(trainer, trainerId, 5, YESTERDAY, TOMORROW).getJsonNumber("id").longValue();
        long past = api.get("/api/v1/cohorts/" + cohort, trainer).json().getJsonArray("sessions").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long placed = world.enrol(cohort, world.learner(CohortWorld.NORFOLK_SCHOOL).id(), CohortWorld.NORFOLK_SCHOOL,
                Caller.ADMIN).json().getJsonNumber("id").longValue();
        mark(cohort, past, "[{\"enrolmentId\":" + placed + ",\"status\":\"PRESENT\"}]");

        Answer added = api.post("/api/v1/cohorts/" + cohort + "/sessions",
                CohortWorld.session(NEXT_WEEK, world.liveTwo), trainer);
        assertEquals(201, added.status(), added.body());
        long extra = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").orElseThrow().endsWith("/api/v1/cohorts/" + cohort + "/sessions/" + extra));
        assertEquals(3, sessionIds(cohort).size(), "the cohort has the new session");
        assertTrue(sessionIds(cohort).contains(extra));

        String later = Instant.parse(NEXT_WEEK).plus(Duration.ofDays(1)).toString();
        Answer moved = api.put("/api/v1/cohorts/" + cohort + "/sessions/" + extra, CohortWorld.session(later, world.liveTwo)
                .replace("Norwich Library, room 2", "Ipswich Town Hall"), trainer);
        assertEquals(200, moved.status(), moved.body());
        JsonObject revised = api.get("/api/v1/cohorts/" + cohort, trainer).json().getJsonArray("sessions")
                .getValuesAs(JsonObject.class).stream().filter(x -> x.getJsonNumber("id").longValue() == extra)
                .findFirst().orElseThrow();
        assertEquals("Ipswich Town Hall", revised.getString("location"));
        assertEquals(Instant.parse(later), Instant.parse(revised.getString("start")));

        Answer removed = api.delete("/api/v1/cohorts/" + cohort + "/sessions/" + extra, trainer);
        assertEquals(204, removed.status(), removed.body());
        assertFalse(sessionIds(cohort).contains(extra), "gone from the cohort");
        Answer happened = api.delete("/api/v1/cohorts/" + cohort + "/sessions/" + past, trainer);
        assertEquals(409, happened.status(), happened.body());
        assertTrue(sessionIds(cohort).contains(past), "a session with attendance stays");
        assertEquals(404, api.delete("/api/v1/cohorts/" + cohort + "/sessions/" + extra, trainer).status(),
                "removed once");
    }

    private List<Long> sessionIds(long cohort) {
        return api.get("/api/v1/cohorts/" + cohort, trainer).json().getJsonArray("sessions")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void sessionsAreCalendars_aDownloadAndAPrivateFeed_thatIcal4jReadsBack() throws Exception {
        long cohort = world.cohort(trainer, trainerId, 5, TOMORROW, NEXT_WEEK).getJsonNumber("id").longValue();
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, trainer).json();
        long s1 = view.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);

        Answer download = api.get("/api/v1/cohorts/" + cohort + "/sessions/" + s1 + "/calendar.ics", learner);
        String feedUrl = api.get("/api/v1/me/learning/calendar", learner).json().getString("url");
        String path = feedUrl.substring(feedUrl.indexOf("/calendar/"));
        Answer feed = api.get(path, Caller.NOBODY);

        assertEquals(200, download.status(), download.body());
        assertTrue(download.contentType().startsWith("text/calendar"));
        Calendar one = new CalendarBuilder().build(new StringReader(download.body()));
        VEvent event = one.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("session-" + s1 + "@cascade", event.getProperty(Property.UID).map(Property::getValue).orElseThrow());
        assertEquals(Instant.parse(TOMORROW), Instant.from(event.<DateProperty<?>>getProperty(Property.DTSTART)
                .orElseThrow().getDate()));
        assertEquals("Norwich Library, room 2", event.getProperty(Property.LOCATION).map(Property::getValue).orElseThrow());

        assertEquals(200, feed.status(), feed.body());
        Calendar all = new CalendarBuilder().build(new StringReader(feed.body()));
        assertEquals(2, all.getComponents("VEVENT").size(), "both sessions of the learner's cohort");
        assertEquals(404, api.get("/calendar/" + "x".repeat(43) + ".ics", Caller.NOBODY).status());
        String renewed = api.post("/api/v1/me/learning/calendar/renewal", "", learner).json().getString("url");
        assertEquals(404, api.get(path, Caller.NOBODY).status(), "the old address stops working");
        assertEquals(200, api.get(renewed.substring(renewed.indexOf("/calendar/")), Caller.NOBODY).status());
    }

    @Test
    void enrolment_waitingList_andReminders_areEmailed() throws Exception {
        String soon = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES).toString();
        long cohort = world.cohort(trainer, trainerId, 1, soon, NEXT_WEEK).getJsonNumber("id").longValue();
        Someone placed = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone waiting = world.learner(CohortWorld.NORFOLK_SCHOOL);
        world.enrol(cohort, placed.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);
        world.enrol(cohort, waiting.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);

        var confirmation = TestMail.await(placed.email(), "Your place");
        var queued = TestMail.await(waiting.email(), "Waiting list");
        assertTrue(TestMail.text(confirmation).contains("Norwich Library, room 2"));
        assertTrue(TestMail.text(queued).contains("waiting list"));

        Answer run = api.post("/api/v1/cohorts/reminders", "", Caller.ADMIN);
        Answer again = api.post("/api/v1/cohorts/reminders", "", Caller.ADMIN);

        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("sessions") >= 1);
        assertEquals(0, again.json().getInt("sessions"), "each session is reminded once");
        var reminder = TestMail.await(placed.email(), "Reminder:");
        assertTrue(TestMail.text(reminder).contains("Norwich Library, room 2"));
        assertEquals(0, TestMail.received().stream().filter(m -> recipient(m).equals(waiting.email())
                && subject(m).startsWith("Reminder")).count(), "no reminder without a place");
        assertEquals(403, api.post("/api/v1/cohorts/reminders", "", trainer).status());
    }

    private static String recipient(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject myEnrolment(Caller learner, long enrolmentId) {
        return api.getArray("/api/v1/me/learning", learner).stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonObject("enrolment").getJsonNumber("id").longValue() == enrolmentId).findFirst().orElseThrow();
    }

    private void mark(long cohort, long session, String marks) {
        Answer a = api.put("/api/v1/cohorts/" + cohort + "/sessions/" + session + "/attendance", marks, trainer);
        assertEquals(200, a.status(), a.body());
    }

    private Answer tryCohort(Caller by, long leadId) {
        return api.post("/api/v1/cohorts", "{\"programmeCode\":\"" + world.programme + "\",\"title\":\"Cascade rule\","
                + "\"capacity\":5,\"leadTrainerIds\":[" + leadId + "],\"status\":\"OPEN\",\"localAuthority\":926,"
                + "\"sessions\":[" + CohortWorld.session(TOMORROW, world.liveOne) + "," + CohortWorld.session(NEXT_WEEK,
                world.liveTwo) + "]}", by);
    }

    private void revoke(long personId) {
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO sign_off_revocation (sign_off_id, reason, revoked_by, revoked_at) "
                        + "SELECT id, 'certificate was not genuine', assessor_id, NOW(6) FROM sign_off WHERE person_id = ?")) {
            insert.setLong(1, personId);
            insert.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonArray roster(long cohort, Caller caller) {
        Answer answer = api.get("/api/v1/cohorts/" + cohort + "/enrolments?size=500", caller);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items");
    }

    private static String statusOf(JsonArray roster, long personId) {
        return roster.stream().map(v -> v.asJsonObject()).filter(e -> e.getJsonNumber("personId").longValue() == personId)
                .findFirst().orElseThrow().getString("status");
    }
}

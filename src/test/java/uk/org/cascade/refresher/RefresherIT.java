package uk.org.cascade.refresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess.Learner;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.TestMail;
import uk.org.cascade.platform.Dates;

/**
 * The refresher scheduler and demand through the API. A run is once per date for the whole database, so each test
 * runs as of its own past date and looks only at its own programme's people and cohorts.
 */
class RefresherIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now(RefresherWorld.ENGLAND);

    private RefresherWorld world;

    @BeforeEach
    void world() {
        world = new RefresherWorld(api);
    }

    @Test
    void run_placesInTheirLocalAuthorityFirst_fillsExactly_waitlistsWhenAllAreFull_andOnlyOncePerDay() {
        LocalDate day = TODAY.minusDays(10);
        long norfolk = world.cohort(RefresherWorld.NORFOLK, 2, TODAY.plusDays(20));
        long anywhere = world.cohort(null, 1, TODAY.plusDays(10));
        long tooLate = world.cohort(RefresherWorld.NORFOLK, 10, day.plusDays(200));
        Learner n1 = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(50));
        Learner n2 = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(51));
        Learner n3 = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(52));
        Learner n4 = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(53));
        Learner london = world.practitioner(RefresherWorld.LONDON_SCHOOL, day.plusDays(54));
        Learner notYet = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(120));
        Learner expiresTooSoon = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(5));

        Answer first = run(day);

        JsonObject result = first.json();
        assertFalse(result.getBoolean("alreadyRun"));
        Map<Long, String> placed = placements(result);
        assertEquals(norfolk + " ENROLLED", placed.get(n1.id()), "their own local authority's cohort first");
        assertEquals(norfolk + " ENROLLED", placed.get(n2.id()));
        assertEquals(anywhere + " ENROLLED", placed.get(n3.id()), "a free place elsewhere beats the waiting list");
        assertEquals(norfolk + " WAITLISTED", placed.get(n4.id()), "all full: their own area's waiting list");
        assertEquals(anywhere + " WAITLISTED", placed.get(london.id()), "a Norfolk cohort is not for London");
        assertFalse(placed.containsKey(notYet.id()), "window not open yet");
        assertFalse(placed.containsKey(expiresTooSoon.id()), "no cohort ends before their expiry");
        assertEquals(1, unmet(result, RefresherWorld.NORFOLK), result.toString());
        assertCohort(norfolk, 2, 1);
        assertCohort(anywhere, 1, 1);
        assertCohort(tooLate, 0, 0);

        Answer again = run(day);
        assertTrue(again.json().getBoolean("alreadyRun"), again.body());
        assertEquals(0, again.json().getJsonArray("placements").size());
        Answer nextDay = run(day.plusDays(1));
        assertFalse(placements(nextDay.json()).containsKey(n1.id()), "a place already held is not given twice");
        assertFalse(placements(nextDay.json()).containsKey(n4.id()), "a waiting-list place counts as a place");
        assertCohort(norfolk, 2, 1);
        assertCohort(anywhere, 1, 1);
        assertEquals(5, enrolments(norfolk) + enrolments(anywhere), "nothing added by the later runs");
    }

    @Test
    void twoConcurrentRuns_forTheSameDay_placeOnce_andOneSaysItHadAlreadyRun() throws Exception {
        LocalDate day = TODAY.minusDays(20);
        long cohort = world.cohort(RefresherWorld.NORFOLK, 2, TODAY.plusDays(15));
        for (int i = 0; i < 3; i++) {
            world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(40 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return run(day);
            }));
        }
        go.countDown();
        int alreadyRun = 0;
        for (Future<Answer> a : answers) {
            if (a.get().json().getBoolean("alreadyRun")) {
                alreadyRun++;
            }
        }
        pool.shutdown();

        assertEquals(1, alreadyRun, "exactly one run did the day");
        assertCohort(cohort, 2, 1);
        assertEquals(3, enrolments(cohort));
    }

    @Test
    void demand_perLocalAuthorityAndMonth_forPeopleNoCohortFits() {
        Learner open = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, TODAY.plusDays(40));
        world.practitioner(RefresherWorld.NORFOLK_SCHOOL, TODAY.plusDays(150));
        world.practitioner(RefresherWorld.LONDON_SCHOOL, TODAY.plusDays(40));
        String thisMonth = YearMonth.from(TODAY).toString();
        String later = YearMonth.from(TODAY.plusDays(60)).toString();

        Map<String, Long> all = demand("/api/v1/refresher/demand", Caller.ADMIN);
        assertEquals(Map.of("926 " + thisMonth, 1L, "926 " + later, 1L, "201 " + thisMonth, 1L), all);
        assertEquals(Map.of("926 " + thisMonth, 1L, "201 " + thisMonth, 1L), demand("/api/v1/refresher/demand?months=1",
                Caller.ADMIN), "the window opening in two months is beyond one month");
        assertEquals(Map.of("201 " + thisMonth, 1L), demand("/api/v1/refresher/demand?la=201", Caller.ADMIN));

        // A cohort for any area, before their expiries: open windows now have a place to go.
        world.cohort(null, 1, TODAY.plusDays(10));
        assertEquals(Map.of("926 " + later, 1L), demand("/api/v1/refresher/demand", Caller.ADMIN),
                "a full cohort still fits (its waiting list); the later window opens after it starts");
        assertTrue(open.id() > 0);
    }

    @Test
    void demand_isScopedToTheCoordinatorsArea_andChecksItsFilters() {
        world.practitioner(RefresherWorld.NORFOLK_SCHOOL, TODAY.plusDays(30));
        world.practitioner(RefresherWorld.LONDON_SCHOOL, TODAY.plusDays(30));
        Caller norfolkCoordinator = world.cohorts.user("COORDINATOR");

        Map<String, Long> seen = demand("/api/v1/refresher/demand", norfolkCoordinator);
        assertEquals(Map.of("926 " + YearMonth.from(TODAY), 1L), seen, "London's demand is not theirs to see");
        assertEquals(403, api.get("/api/v1/refresher/demand?la=201", norfolkCoordinator).status());
        assertEquals(404, api.get("/api/v1/refresher/demand?la=999", Caller.ADMIN).status());
        assertField(api.get("/api/v1/refresher/demand?months=37", Caller.ADMIN), "months");
        assertField(api.get("/api/v1/refresher/demand?la=Norfolk", Caller.ADMIN), "la");
        assertEquals(403, api.get("/api/v1/refresher/demand", world.cohorts.user("LEARNER")).status());
        assertEquals(403, api.post("/api/v1/refresher/run", "", norfolkCoordinator).status(), "only administrators run it");
        assertField(api.post("/api/v1/refresher/run?date=" + TODAY.plusDays(1), "", Caller.ADMIN), "date");
        assertField(api.post("/api/v1/refresher/run?date=yesterday", "", Caller.ADMIN), "date");
    }

    @Test
    void defaultLadder_ninetyAndThirtyDaysBefore_andLapse_areEachSentOnce_withADigestOfTheStepsThatNameCoordinators()
            throws Exception {
        LocalDate day = TODAY.minusDays(40);
        Learner windowOpens = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(90));
        Learner thirtyDays = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(30));
        Learner lapses = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day);
        Caller coordinator = world.cohorts.user("COORDINATOR");
        String coordinatorEmail = coordinator.email();
        Caller london = londonCoordinator();
        String competency = "Competency " + world.practitionerCode;

        assertFalse(run(day).json().getBoolean("alreadyRun"));
        MimeMessage opened = TestMail.await(windowOpens.email(), "90 days left: " + competency);
        TestMail.await(thirtyDays.email(), "30 days left: " + competency);
        TestMail.await(lapses.email(), "Lapsed: " + competency);
        MimeMessage digest = TestMail.await(coordinatorEmail, "Refresher digest " + Dates.day(day));
        assertTrue(TestMail.text(opened).contains(day.plusDays(89).format(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK))), "names the last valid day");
        assertTrue(TestMail.text(opened).contains("Your refresher window is open"), "the 90-day step is the window's");
        String text = TestMail.text(digest);
        for (Learner l : List.of(thirtyDays, lapses)) {
            assertTrue(text.contains(world.name(l.id())), text);
            assertFalse(text.contains(l.email()), "the digest carries no email addresses");
        }
        assertFalse(text.contains(world.name(windowOpens.id())), "the default 90-day step is for the holder alone");

        assertTrue(run(day).json().getBoolean("alreadyRun"));
        JsonObject nextDay = run(day.plusDays(1)).json();
        assertFalse(nextDay.getBoolean("alreadyRun"), "the next day runs, within every catch-up");
        // The claims are rows, so "none again" needs no waiting for mail that never comes; other tests' holdings may
        // have steps due that day, so only this test's people are counted.
        assertEquals(0, claimedOn(day.plusDays(1), windowOpens, thirtyDays, lapses), "each step is claimed once");
        assertEquals(1, count(windowOpens.email(), "90 days left"));
        assertEquals(1, count(thirtyDays.email(), "30 days left"));
        assertEquals(1, count(lapses.email(), "Lapsed"));
        assertEquals(1, count(coordinatorEmail, "Refresher digest " + Dates.day(day)));
        assertEquals(0, count(coordinatorEmail, "Refresher digest " + Dates.day(day.plusDays(1))), "nothing new to tell");
        assertEquals(0, count(london.email(), "Refresher digest"), "Norfolk's staff are not London's business");
    }

    private Caller londonCoordinator() {
        String email = "coordinator." + java.util.UUID.randomUUID() + "@london.test";
        Answer a = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"London Coordinator\",\"password\":\""
                + "a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[201]}}", Caller.ADMIN);
        assertEquals(201, a.status(), a.body());
        return new Caller(email, "a long enough password");
    }

    private Answer run(LocalDate day) {
        Answer a = api.post("/api/v1/refresher/run?date=" + day, "", Caller.ADMIN);
        assertEquals(200, a.status(), a.body());
        return a;
    }

    /** personId → "cohortId STATUS". */
    private static Map<Long, String> placements(JsonObject result) {
        Map<Long, String> placed = new HashMap<>();
        for (JsonValue v : result.getJsonArray("placements")) {
            JsonObject p = v.asJsonObject();
            placed.put(p.getJsonNumber("personId").longValue(), p.getJsonNumber("cohortId").longValue() + " "
                    + p.getString("status"));
        }
        return placed;
    }

    private long unmet(JsonObject result, int la) {
        return result.getJsonArray("unmetDemand").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("programmeId").longValue() == world.refresherId && d.getInt("localAuthority") == la)
                .mapToLong(d -> d.getInt("places")).sum();
    }

    /** "la month" → places, for this test's refresher programme only. */
    private Map<String, Long> demand(String path, Caller caller) {
        Answer a = api.get(path, caller);
        assertEquals(200, a.status(), a.body());
        Map<String, Long> cells = new HashMap<>();
        a.json().getJsonArray("demand").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("programmeCode").equals(world.refresher))
                .forEach(d -> cells.merge(d.getInt("localAuthority") + " " + d.getString("month"),
                        d.getJsonNumber("places").longValue(), Long::sum));
        return cells;
    }

    private void assertCohort(long cohort, int enrolled, int waitlisted) {
        JsonObject view = api.get("/api/v1/cohorts/" + cohort, Caller.ADMIN).json();
        assertEquals(enrolled, view.getInt("enrolled"), view.toString());
        assertEquals(waitlisted, view.getInt("waitlisted"), view.toString());
    }

    private static void assertField(Answer a, String field) {
        assertEquals(422, a.status(), a.body());
        assertTrue(a.body().contains("\"field\":\"" + field + "\""), a.body());
    }

    private static long enrolments(long cohort) {
        try (Connection db = TestDatabase.connect();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM enrolment WHERE cohort_id = ?")) {
            q.setLong(1, cohort);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ladder steps claimed by the run of {@code day} for these people. */
    static long claimedOn(LocalDate day, Learner... people) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT COUNT(*) FROM reminder_sent WHERE run_date = ? AND person_id = ?")) {
            long n = 0;
            for (Learner l : people) {
                q.setObject(1, day);
                q.setLong(2, l.id());
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    n += r.getLong(1);
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String to, String subjectPart) {
        return TestMail.received().stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart)
                        && m.getAllRecipients() != null && m.getAllRecipients().length > 0
                        && ((InternetAddress) m.getAllRecipients()[0]).getAddress().equalsIgnoreCase(to);
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }
}

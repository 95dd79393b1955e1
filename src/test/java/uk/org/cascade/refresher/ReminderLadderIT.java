package uk.org.cascade.refresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess.Learner;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.TestMail;
import uk.org.cascade.platform.Dates;

/**
 * A competency's own reminder ladder through the API, the daily run and the pages: each step mailed once per holding,
 * to the coordinators and the latest supervisor only on steps that name them, a missed step up to 7 days late. Runs
 * are once per date for the whole database, so this class runs as of dates two years back, where no other test's
 * holdings end, and counts only its own people's claims.
 */
class ReminderLadderIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now(RefresherWorld.ENGLAND);
    /** 45 days before: coordinators; 10 days before: supervisor; at lapse: the holder alone. */
    private static final String LADDER = "[{\"daysBeforeExpiry\":0},{\"daysBeforeExpiry\":45,\"coordinators\":true},"
            + "{\"daysBeforeExpiry\":10,\"supervisor\":true,\"coordinators\":false}]";

    @Test
    void ownLadder_eachStepMailedOnce_toWhomItNames_aMissedStepUpToAWeekLate_andShownOnThePages() throws Exception {
        RefresherWorld world = new RefresherWorld(api);
        String code = world.practitionerCode;
        String path = "/api/v1/competencies/" + code + "/reminders";

        JsonObject standard = api.get(path, Caller.ADMIN).json();
        assertTrue(standard.getBoolean("usesDefault"), standard.toString());
        assertEquals(0, standard.getJsonNumber("version").longValue());
        assertEquals(List.of(90, 60, 30, 7, 0, -14), days(standard));
        Answer set = api.put(path, "{\"steps\":" + LADDER + ",\"version\":0}", Caller.ADMIN);
        assertEquals(200, set.status(), set.body());
        long version = set.json().getJsonNumber("version").longValue();
        JsonObject own = api.get(path, world.trainer).json();
        assertFalse(own.getBoolean("usesDefault"));
        assertEquals(List.of(45, 10, 0), days(own), "earliest first");
        assertEquals("45 days before expiry — the holder and their coordinators",
                own.getJsonArray("steps").getJsonObject(0).getString("description"));
        assertEquals(version, own.getJsonNumber("version").longValue());
        assertEquals(409, api.put(path, "{\"steps\":" + LADDER + ",\"version\":0}", Caller.ADMIN).status(), "stale version");

        LocalDate day = TODAY.minusYears(2);
        Caller coordinator = world.cohorts.user("COORDINATOR");
        Learner early = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(45));
        Learner supervised = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(10));
        Learner late = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(11 + 45 - 6));
        Learner tooLate = world.practitioner(RefresherWorld.NORFOLK_SCHOOL, day.plusDays(11 + 45 - 7));
        Caller formerSupervisor = world.cohorts.user("SUPERVISOR");
        Caller supervisor = world.cohorts.user("SUPERVISOR");
        supervise(world, supervised, formerSupervisor, day.minusDays(100));
        supervise(world, supervised, supervisor, day.minusDays(10));
        supervise(world, early, supervisor, day.minusDays(10));
        String competency = "Competency " + code;

        assertFalse(run(day).getBoolean("alreadyRun"));
        TestMail.await(early.email(), "45 days left: " + competency);
        MimeMessage tenDays = TestMail.await(supervised.email(), "10 days left: " + competency);
        MimeMessage toSupervisor = TestMail.await(supervisor.email(), "Someone you supervise: " + competency);
        MimeMessage digest = TestMail.await(coordinator.email(), "Refresher digest " + Dates.day(day));
        String digestText = TestMail.text(digest);
        assertTrue(digestText.contains(world.name(early.id()) + ", "), digestText);
        assertTrue(digestText.contains("45 days before expiry, valid until " + Dates.day(day.plusDays(44))), digestText);
        assertFalse(digestText.contains(world.name(supervised.id())), "the 10-day step does not name coordinators");
        String supervisorText = TestMail.text(toSupervisor);
        assertTrue(supervisorText.contains(world.name(supervised.id())), supervisorText);
        assertFalse(supervisorText.contains(supervised.email()), "no email addresses of staff");
        assertTrue(TestMail.text(tenDays).contains("Your refresher window is open"), TestMail.text(tenDays));

        assertTrue(run(day).getBoolean("alreadyRun"), "once per day");
        assertFalse(run(day.plusDays(1)).getBoolean("alreadyRun"));
        assertEquals(0, RefresherIT.claimedOn(day.plusDays(1), early, supervised, late, tooLate),
                "each step once per holding, even while it is still within its catch-up week");

        assertFalse(run(day.plusDays(11)).getBoolean("alreadyRun"));
        TestMail.await(late.email(), "39 days left: " + competency);
        TestMail.await(supervised.email(), "Lapsed: " + competency);
        assertEquals(2, RefresherIT.claimedOn(day.plusDays(11), late, supervised),
                "six days late: still sent; the lapse a day late too");
        assertEquals(0, RefresherIT.claimedOn(day.plusDays(11), tooLate, early), "seven days late: dropped");
        String laterDigest = TestMail.text(TestMail.await(coordinator.email(), "Refresher digest "
                + Dates.day(day.plusDays(11))));
        assertTrue(laterDigest.contains(world.name(late.id())), laterDigest);
        assertFalse(laterDigest.contains(world.name(supervised.id())), "the lapse step names the holder alone");

        assertEquals(1, RefresherIT.count(early.email(), "days left"));
        assertEquals(1, RefresherIT.count(supervised.email(), "days left"));
        assertEquals(0, RefresherIT.count(tooLate.email(), "days left"));
        assertEquals(1, RefresherIT.count(supervisor.email(), "Someone you supervise"),
                "the supervisor hears of the 10-day step only, not of the 45-day step of someone else they supervise");
        assertEquals(0, RefresherIT.count(formerSupervisor.email(), "Someone you supervise"), "only the latest supervisor");
        assertEquals(1, RefresherIT.count(coordinator.email(), "Refresher digest " + Dates.day(day)));

        // The pages: the ladder in words on the competency's page, the learner's own dates on My competencies.
        String competencyPage = PageSession.signIn(api, Caller.ADMIN).get("/curriculum/competency.xhtml?code=" + code)
                .html();
        assertTrue(competencyPage.contains("10 days before expiry") && competencyPage.contains("the holder and their "
                + "supervisor"), competencyPage);
        assertTrue(competencyPage.contains("This competency has its own ladder."));
        Caller learner = world.cohorts.user("LEARNER");
        LocalDate expiry = TODAY.plusDays(100);
        world.signOff(world.cohorts.personId(learner), world.practitioner, expiry.minusMonths(24), expiry);
        PageSession.Page mine = PageSession.signIn(api, learner).get("/competency/mine.xhtml");
        assertEquals(200, mine.status());
        assertTrue(mine.html().contains(Dates.day(expiry.minusDays(45)) + " (45 days before expiry), "
                + Dates.day(expiry.minusDays(10)) + " (10 days before expiry), " + Dates.day(expiry) + " (at lapse)"),
                mine.html());
    }

    @Test
    void badLadders_areRefused_namingTheStep_andOnlyAdministratorsChangeOne() {
        RefresherWorld world = new RefresherWorld(api);
        String path = "/api/v1/competencies/" + world.practitionerCode + "/reminders";
        assertField(api.put(path, "{\"steps\":[{\"daysBeforeExpiry\":30},{\"daysBeforeExpiry\":30}],\"version\":0}",
                Caller.ADMIN), "steps[1].daysBeforeExpiry");
        assertField(api.put(path, "{\"steps\":[{\"daysBeforeExpiry\":400}],\"version\":0}", Caller.ADMIN),
                "steps[0].daysBeforeExpiry");
        assertField(api.put(path, "{\"steps\":[{\"daysBeforeExpiry\":7},{\"coordinators\":true}],\"version\":0}",
                Caller.ADMIN), "steps[1].daysBeforeExpiry");
        assertField(api.put(path, "{\"steps\":[],\"version\":0}", Caller.ADMIN), "steps");
        assertField(api.put(path, "{\"steps\":[{\"daysBeforeExpiry\":7}]}", Caller.ADMIN), "version");
        assertEquals(404, api.put("/api/v1/competencies/NO-SUCH/reminders", "{\"steps\":[{\"daysBeforeExpiry\":7}],"
                + "\"version\":0}", Caller.ADMIN).status());
        assertEquals(404, api.get("/api/v1/competencies/NO-SUCH/reminders", Caller.ADMIN).status());
        assertEquals(403, api.put(path, "{\"steps\":[{\"daysBeforeExpiry\":7}],\"version\":0}",
                world.cohorts.user("COORDINATOR")).status());
        assertTrue(api.get(path, Caller.ADMIN).json().getBoolean("usesDefault"), "nothing refused was saved");
    }

    private JsonObject run(LocalDate day) {
        Answer a = api.post("/api/v1/refresher/run?date=" + day, "", Caller.ADMIN);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static List<Integer> days(JsonObject ladder) {
        return ladder.getJsonArray("steps").stream().map(JsonValue::asJsonObject).map(s -> s.getInt("daysBeforeExpiry"))
                .toList();
    }

    private static void assertField(Answer a, String field) {
        assertEquals(422, a.status(), a.body());
        assertTrue(a.body().contains("\"field\":\"" + field + "\""), a.body());
    }

    /** A supervision log of {@code on} in which {@code supervisor} supervised {@code supervisee}, straight into the table. */
    private void supervise(RefresherWorld world, Learner supervisee, Caller supervisor, LocalDate on) throws SQLException {
        long supervisorId = world.cohorts.personId(supervisor);
        try (Connection db = TestDatabase.connect(); PreparedStatement log = db.prepareStatement(
                "INSERT INTO supervision_log (session_date, programme_id, supervisor_id, format, mode, minutes, "
                        + "families_discussed, safeguarding_concern, author_id, recorded_at, version) "
                        + "VALUES (?, ?, ?, 'INDIVIDUAL', 'VIDEO', 60, 1, FALSE, ?, NOW(6), 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            log.setObject(1, on);
            log.setLong(2, world.refresherId);
            log.setLong(3, supervisorId);
            log.setLong(4, supervisorId);
            log.executeUpdate();
            long logId;
            try (ResultSet keys = log.getGeneratedKeys()) {
                keys.next();
                logId = keys.getLong(1);
            }
            try (PreparedStatement person = db.prepareStatement("INSERT INTO supervision_supervisee (log_id, person_id, "
                    + "school_urn, programme_id, session_date) VALUES (?, ?, ?, ?, ?)")) {
                person.setLong(1, logId);
                person.setLong(2, supervisee.id());
                person.setInt(3, RefresherWorld.NORFOLK_SCHOOL);
                person.setLong(4, world.refresherId);
                person.setObject(5, on);
                person.executeUpdate();
            }
        }
    }
}

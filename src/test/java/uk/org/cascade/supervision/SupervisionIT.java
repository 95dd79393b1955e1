package uk.org.cascade.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** Supervision logs through the API: who may log and read what, group logs, the 7-day lock, overdue, identifiers. */
class SupervisionIT extends DeployedCascade {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    CohortWorldAccess world;
    Caller trainer;
    long trainerId;

    @BeforeEach
    void world() {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(TODAY.minusYears(1));
        trainerId = world.personId(trainer);
    }

    /** A practitioner at a Norfolk school, signed off by the trainer {@code daysAgo} days ago. */
    long practitioner(int daysAgo) {
        long id = world.learnerAtNorfolkSchool();
        world.signOff(id, world.practitionerCompetency(), TODAY.minusDays(daysAgo), trainerId);
        return id;
    }

    String log(LocalDate date, long supervisor, List<Long> supervisees, String extra) {
        return "{\"date\":\"" + date + "\",\"supervisorId\":" + supervisor + ",\"supervisees\":" + supervisees
                + ",\"format\":\"" + (supervisees.size() == 1 ? "INDIVIDUAL" : "GROUP") + "\",\"mode\":\"VIDEO\","
                + "\"minutes\":60,\"familiesDiscussed\":3,\"themes\":[\"Case review\"],\"safeguardingConcern\":false"
                + extra + "}";
    }

    long created(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.header("Location").orElseThrow().endsWith("/api/v1/supervision-logs/"
                + answer.json().getJsonNumber("id").longValue()));
        return answer.json().getJsonNumber("id").longValue();
    }

    @Test
    void groupLog_recordsEachSuperviseeAtTheirSchool_andOneWithTwoSchoolsChooses() {
        long first = practitioner(60);
        long second = practitioner(60);
        assertEquals(201, api.post("/api/v1/people/" + second + "/employments", "{\"schoolUrn\":990103,"
                + "\"jobTitle\":\"Pastoral lead\",\"startDate\":\"2024-09-01\"}", Caller.ADMIN).status());

        Answer unchosen = api.post("/api/v1/supervision-logs", log(TODAY.minusDays(1), trainerId, List.of(first, second), ""),
                trainer);
        assertEquals(422, unchosen.status(), unchosen.body());
        assertTrue(unchosen.body().contains("\"schools\""), unchosen.body());

        Answer individualWithTwo = api.post("/api/v1/supervision-logs", log(TODAY.minusDays(1), trainerId,
                List.of(first, second), ",\"schools\":{\"" + second + "\":990103}").replace("GROUP", "INDIVIDUAL"), trainer);
        assertEquals(422, individualWithTwo.status());
        assertTrue(individualWithTwo.body().contains("\"format\""), individualWithTwo.body());

        long id = created(api.post("/api/v1/supervision-logs", log(TODAY.minusDays(1), trainerId, List.of(first, second),
                ",\"schools\":{\"" + second + "\":990103},\"nextDate\":\"" + TODAY.plusWeeks(5) + "\""), trainer));
        JsonObject log = api.get("/api/v1/supervision-logs/" + id, trainer).json();
        assertEquals("GROUP", log.getString("format"));
        assertEquals(world.programme(), log.getString("programmeCode"), "inferred: the one programme that fits");
        JsonArray supervisees = log.getJsonArray("supervisees");
        assertEquals(2, supervisees.size());
        assertEquals(990101, urnOf(supervisees, first));
        assertEquals(990103, urnOf(supervisees, second));
        assertFalse(log.getBoolean("locked"));
    }

    static int urnOf(JsonArray supervisees, long person) {
        return supervisees.stream().map(JsonObject.class::cast).filter(s -> s.getJsonNumber("personId").longValue() == person)
                .findFirst().orElseThrow().getInt("schoolUrn");
    }

    @Test
    void whoMayLog_aQualifiedSupervisorForThemselves_practisingSupervisees_noFutureDate() {
        long practitioner = practitioner(60);
        long notPractising = world.learnerAtNorfolkSchool();
        Caller unqualified = world.user("SUPERVISOR");
        long unqualifiedId = world.personId(unqualified);
        Caller learner = world.learnerLoginAtNorfolkSchool();

        Answer noCompetency = api.post("/api/v1/supervision-logs", log(TODAY, unqualifiedId, List.of(practitioner),
                ",\"programmeCode\":\"" + world.programme() + "\""), unqualified);
        assertEquals(422, noCompetency.status(), noCompetency.body());
        assertTrue(noCompetency.body().contains("supervisorId"), noCompetency.body());

        Answer forSomeoneElse = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner), ""),
                unqualified);
        assertEquals(403, forSomeoneElse.status(), forSomeoneElse.body());

        assertEquals(403, api.post("/api/v1/supervision-logs", log(TODAY, world.personId(learner), List.of(practitioner), ""),
                learner).status());

        Answer notPractisingYet = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(notPractising),
                ",\"programmeCode\":\"" + world.programme() + "\""), trainer);
        assertEquals(422, notPractisingYet.status());
        assertTrue(notPractisingYet.body().contains("does not hold"), notPractisingYet.body());

        Answer future = api.post("/api/v1/supervision-logs", log(TODAY.plusDays(1), trainerId, List.of(practitioner), ""),
                trainer);
        assertEquals(422, future.status());
        assertTrue(future.body().contains("in the future"), future.body());

        Answer concernWithoutAction = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner), "")
                .replace("\"safeguardingConcern\":false", "\"safeguardingConcern\":true"), trainer);
        assertEquals(422, concernWithoutAction.status());
        assertTrue(concernWithoutAction.body().contains("safeguardingAction"), concernWithoutAction.body());

        Answer badMinutes = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner), "")
                .replace("\"minutes\":60", "\"minutes\":481"), trainer);
        assertEquals(422, badMinutes.status());
        assertTrue(badMinutes.body().contains("minutes"), badMinutes.body());

        // A supervisor holding the programme's SUPERVISOR competency may log for any of its practitioners.
        Caller supervisor = world.user("SUPERVISOR");
        long supervisorId = world.personId(supervisor);
        world.signOff(supervisorId, world.supervisorCompetency(), TODAY.minusYears(1), world.personId(Caller.ADMIN));
        created(api.post("/api/v1/supervision-logs", log(TODAY, supervisorId, List.of(practitioner), ""), supervisor));
    }

    @Test
    void scope_aSupervisorSeesOnlyTheirSuperviseesLogs_aLearnerOnlyTheirOwn() {
        Caller learner = world.learnerLoginAtNorfolkSchool();
        long learnerId = world.personId(learner);
        world.signOff(learnerId, world.practitionerCompetency(), TODAY.minusDays(60), trainerId);
        Caller otherLearner = world.learnerLoginAtNorfolkSchool();
        long otherId = world.personId(otherLearner);
        world.signOff(otherId, world.practitionerCompetency(), TODAY.minusDays(60), trainerId);
        long id = created(api.post("/api/v1/supervision-logs", log(TODAY.minusDays(2), trainerId, List.of(learnerId, otherId),
                ""), trainer));
        Caller stranger = world.user("SUPERVISOR");
        Caller bystander = world.learnerLoginAtNorfolkSchool();
        Caller coordinator = world.user("COORDINATOR");

        assertEquals(404, api.get("/api/v1/supervision-logs/" + id, stranger).status(), "not their supervisee");
        assertEquals(404, api.get("/api/v1/supervision-logs/" + id, bystander).status(), "not their log");
        assertEquals(404, api.get("/api/v1/supervision-logs/999999999", Caller.ADMIN).status());
        assertEquals(404, api.get("/api/v1/people/" + learnerId + "/supervision", stranger).status());
        assertEquals(404, api.get("/api/v1/people/" + learnerId + "/supervision", bystander).status());
        assertEquals(403, api.get("/api/v1/supervision/overdue", learner).status());

        Answer own = api.get("/api/v1/supervision-logs/" + id, learner);
        assertEquals(200, own.status());
        JsonArray seen = own.json().getJsonArray("supervisees");
        assertEquals(1, seen.size(), "a learner sees only themselves in a group log");
        assertEquals(learnerId, seen.getJsonObject(0).getJsonNumber("personId").longValue());
        assertEquals(1, api.getArray("/api/v1/people/" + learnerId + "/supervision", learner).size());

        assertEquals(200, api.get("/api/v1/supervision-logs/" + id, coordinator).status(), "Norfolk is their area");
        assertEquals(2, api.get("/api/v1/supervision-logs/" + id, trainer).json().getJsonArray("supervisees").size());
        assertEquals(1, api.getArray("/api/v1/people/" + otherId + "/supervision", trainer).size());

        String overdue = api.get("/api/v1/supervision/overdue?status=all&size=500&programme=" + world.programme(), stranger)
                .body();
        assertFalse(overdue.contains("\"personId\":" + learnerId + ","), "a stranger's list holds none of them");
        String mine = api.get("/api/v1/supervision/overdue?status=all&size=500&programme=" + world.programme(), trainer)
                .body();
        assertTrue(mine.contains("\"personId\":" + learnerId + ","), mine);
    }

    @Test
    void aSupervisorsTeam_bringsThePractisingStaffOfTheSchoolsItServes_beforeTheirFirstLog() {
        Caller supervisor = world.user("SUPERVISOR");
        long supervisorId = world.personId(supervisor);
        world.signOff(supervisorId, world.supervisorCompetency(), TODAY.minusYears(1), world.personId(Caller.ADMIN));
        long atServedSchool = practitioner(30);
        long elsewhere = world.learnerAtLondonSchool();
        world.signOff(elsewhere, world.practitionerCompetency(), TODAY.minusDays(30), trainerId);
        String list = "/api/v1/supervision/overdue?status=all&size=500&programme=" + world.programme();
        assertFalse(api.get(list, supervisor).body().contains("\"personId\":" + atServedSchool + ","),
                "not theirs before their team serves the school");

        String team = "MHST" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        assertEquals(201, api.post("/api/v1/teams", "{\"code\":\"" + team + "\",\"name\":\"Mental health support team "
                + team + "\",\"schoolUrns\":[990101]}", Caller.ADMIN).status());
        Answer job = api.post("/api/v1/people/" + supervisorId + "/employments", "{\"teamCode\":\"" + team
                + "\",\"jobTitle\":\"Supervisor\",\"startDate\":\"" + TODAY.minusMonths(2) + "\"}", Caller.ADMIN);
        assertEquals(201, job.status(), job.body());

        String mine = api.get(list, supervisor).body();
        assertTrue(mine.contains("\"personId\":" + atServedSchool + ","), mine);
        assertFalse(mine.contains("\"personId\":" + elsewhere + ","), "London is not served by their team");
    }

    @Test
    void authorRevisesWithinSevenDays_thenTheLogIsLockedAndCorrectedWithNotes() throws SQLException {
        long practitioner = practitioner(60);
        String body = log(TODAY.minusDays(1), trainerId, List.of(practitioner), "");
        Answer posted = api.post("/api/v1/supervision-logs", body, trainer);
        long id = created(posted);
        long version = posted.json().getJsonNumber("version").longValue();

        assertEquals(422, api.put("/api/v1/supervision-logs/" + id, body, trainer).status(), "no version");
        Answer revised = api.put("/api/v1/supervision-logs/" + id, body.replace("\"minutes\":60", "\"minutes\":75")
                .replace("}", ",\"version\":" + version + "}"), trainer);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(75, revised.json().getInt("minutes"));
        long current = revised.json().getJsonNumber("version").longValue();
        assertEquals(409, api.put("/api/v1/supervision-logs/" + id, body.replace("}", ",\"version\":" + version + "}"),
                trainer).status(), "stale version");
        Caller coordinator = world.user("COORDINATOR");
        assertEquals(403, api.put("/api/v1/supervision-logs/" + id, body.replace("}", ",\"version\":" + current + "}"),
                coordinator).status(), "only the author");

        try (Connection db = TestDatabase.connect(); PreparedStatement backdate = db.prepareStatement(
                "UPDATE supervision_log SET recorded_at = recorded_at - INTERVAL 8 DAY WHERE id = ?")) {
            backdate.setLong(1, id);
            assertEquals(1, backdate.executeUpdate());
        }
        Answer locked = api.put("/api/v1/supervision-logs/" + id, body.replace("}", ",\"version\":" + current + "}"),
                trainer);
        assertEquals(409, locked.status(), locked.body());
        assertTrue(locked.body().contains("locked"), locked.body());
        assertTrue(api.get("/api/v1/supervision-logs/" + id, trainer).json().getBoolean("locked"));

        Answer note = api.post("/api/v1/supervision-logs/" + id + "/notes", "{\"text\":\"The session ran 90 minutes, not 75.\"}",
                trainer);
        assertEquals(201, note.status(), note.body());
        assertEquals("The session ran 90 minutes, not 75.", note.json().getJsonArray("notes").getJsonObject(0).getString("text"));
        assertEquals(75, note.json().getInt("minutes"), "the log itself is unchanged");
    }

    @Test
    void overdue_countsFromTheSignOffThenFromTheLastSupervision_onBoundaryDays() {
        LocalDate signedOff = TODAY.minusDays(300);
        long practitioner = world.learnerAtNorfolkSchool();
        world.signOff(practitioner, world.practitionerCompetency(), signedOff, trainerId);
        String list = "/api/v1/supervision/overdue?la=926&size=500&programme=" + world.programme() + "&date=";

        assertEquals(-1, daysOverdue(list + signedOff.plusDays(42), practitioner), "due on day 42: not overdue");
        assertEquals(1, daysOverdue(list + signedOff.plusDays(43), practitioner));
        assertEquals(0, daysOverdue(list.replace("?", "?status=due&") + signedOff.plusDays(42), practitioner),
                "due today: listed as due, 0 days overdue");
        assertEquals(-1, daysOverdue("/api/v1/supervision/overdue?la=201&size=500&programme=" + world.programme()
                + "&date=" + signedOff.plusDays(43), practitioner), "another local authority");

        LocalDate supervised = signedOff.plusDays(100);
        created(api.post("/api/v1/supervision-logs", log(supervised, trainerId, List.of(practitioner), ""), trainer));
        assertEquals(-1, daysOverdue(list + supervised.plusDays(42), practitioner));
        assertEquals(1, daysOverdue(list + supervised.plusDays(43), practitioner));
        JsonObject row = row(list + supervised.plusDays(50), practitioner);
        assertEquals(supervised.toString(), row.getString("lastSupervised"));
        assertEquals(supervised.plusWeeks(6).toString(), row.getString("dueOn"));
        assertEquals(signedOff.toString(), row.getString("since"));
        assertEquals(8, row.getInt("daysOverdue"));
        assertEquals(990101, row.getJsonArray("schools").getJsonObject(0).getInt("urn"));
    }

    long daysOverdue(String path, long person) {
        JsonObject row = row(path, person);
        return row == null ? -1 : row.getJsonNumber("daysOverdue").longValue();
    }

    JsonObject row(String path, long person) {
        Answer answer = api.get(path, Caller.ADMIN);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("personId").longValue() == person).findFirst().orElse(null);
    }

    @Test
    void identifiersInFreeText_areRefusedAndNothingIsStored() throws SQLException {
        long practitioner = practitioner(60);
        long logsBefore = count("SELECT COUNT(*) FROM supervision_log");
        long auditBefore = count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupervisionLog'");

        Answer nhs = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"Talked about child 943 476 5919 and her mum\""), trainer);
        assertEquals(422, nhs.status(), nhs.body());
        assertTrue(nhs.body().contains("themeNotes") && nhs.body().contains("an NHS number"), nhs.body());
        assertFalse(nhs.body().contains("5919"), "the identifier is never echoed");

        Answer postcode = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner), "")
                .replace("\"safeguardingConcern\":false", "\"safeguardingConcern\":true,"
                        + "\"safeguardingAction\":\"Referred; family lives at NR2 4QT\""), trainer);
        assertEquals(422, postcode.status(), postcode.body());
        assertTrue(postcode.body().contains("a postcode"), postcode.body());
        assertFalse(postcode.body().contains("NR2"), postcode.body());

        Answer birthday = api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"DOB 03/04/2016\""), trainer);
        assertEquals(422, birthday.status());

        assertEquals(logsBefore, count("SELECT COUNT(*) FROM supervision_log"), "no log stored");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupervisionLog'"));
        assertEquals(0, count("SELECT COUNT(*) FROM supervision_log WHERE theme_notes LIKE '%5919%' "
                + "OR safeguarding_action LIKE '%NR2%'"));

        long id = created(api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"Worked on exposure steps; week 6 of 8.\""), trainer));
        Answer phoneNote = api.post("/api/v1/supervision-logs/" + id + "/notes", "{\"text\":\"Mum's mobile 07700 900123\"}",
                trainer);
        assertEquals(422, phoneNote.status());
        assertFalse(phoneNote.body().contains("900123"));
        assertEquals(0, count("SELECT COUNT(*) FROM supervision_note WHERE text LIKE '%900123%'"));
    }

    /** Ways past the old guard, one per free-text field: each a 422 naming the field and the kind, nothing stored. */
    @Test
    void disguisedIdentifiers_areRefusedInEveryFreeTextField_andNothingIsStored() throws SQLException {
        long practitioner = practitioner(60);
        Posted posted = posted(api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"Worked on exposure steps\""), trainer));
        long logsBefore = count("SELECT COUNT(*) FROM supervision_log");
        long notesBefore = count("SELECT COUNT(*) FROM supervision_note");
        long themesBefore = count("SELECT COUNT(*) FROM supervision_theme");
        long auditBefore = count("SELECT COUNT(*) FROM audit_event WHERE entity_type LIKE 'Supervision%'");

        refused(api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"Talked about Ava Patel, Year 3, and her worries\""), trainer),
                "themeNotes", "a name with an age or school year", "Patel");
        refused(api.post("/api/v1/supervision-logs", log(TODAY, trainerId, List.of(practitioner), "")
                .replace("\"safeguardingConcern\":false", "\"safeguardingConcern\":true,"
                        + "\"safeguardingAction\":\"Referred; birthday 03 - 04 - 2016 confirmed\""), trainer),
                "safeguardingAction", "a date of birth", "2016");
        refused(api.put("/api/v1/supervision-logs/" + posted.id(), log(TODAY, trainerId, List.of(practitioner),
                ",\"themeNotes\":\"NHS 943\\u00A0476\\u00A05919\",\"version\":" + posted.version()), trainer),
                "themeNotes", "an NHS number", "5919");
        refused(api.post("/api/v1/supervision-logs/" + posted.id() + "/notes",
                "{\"text\":\"Correction: NHS nine four three four seven six five nine one nine\"}", trainer),
                "text", "an NHS number", "nine four");
        refused(api.post("/api/v1/supervision-themes", "{\"name\":\"Oliver Smith (7)\"}", Caller.ADMIN),
                "name", "a name with an age or school year", "Oliver");

        assertEquals(logsBefore, count("SELECT COUNT(*) FROM supervision_log"), "no log stored");
        assertEquals(notesBefore, count("SELECT COUNT(*) FROM supervision_note"), "no note stored");
        assertEquals(themesBefore, count("SELECT COUNT(*) FROM supervision_theme"), "no theme stored");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_event WHERE entity_type LIKE 'Supervision%'"),
                "nothing audited");
        assertEquals(0, count("SELECT COUNT(*) FROM supervision_log WHERE theme_notes LIKE '%Patel%' "
                + "OR theme_notes LIKE '%5919%' OR safeguarding_action LIKE '%2016%'"));
        assertEquals("Worked on exposure steps", api.get("/api/v1/supervision-logs/" + posted.id(), trainer).json()
                .getString("themeNotes"), "the refused revision left the log as it was");
    }

    record Posted(long id, long version) {
    }

    Posted posted(Answer answer) {
        return new Posted(created(answer), answer.json().getJsonNumber("version").longValue());
    }

    /** A 422 problem naming {@code field} and the kind of identifier, quoting nothing of the text. */
    static void refused(Answer answer, String field, String kind, String neverEchoed) {
        assertEquals(422, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("field").equals(field) && e.getString("message").contains(kind)), answer.body());
        assertFalse(answer.body().contains(neverEchoed), "the text is never echoed: " + answer.body());
    }

    @Test
    void themes_anAdministratorAddsRenamesAndRetiresThem_andLogsNameOnlyThoseInUse() {
        // Letters only: free text with long digit runs meets the identifier guard.
        String name = "Sleep routines " + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8)
                .chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
        assertEquals(403, api.post("/api/v1/supervision-themes", "{\"name\":\"" + name + "\"}", trainer).status(),
                "administrators keep the list");
        Answer added = api.post("/api/v1/supervision-themes", "{\"name\":\"" + name + "\"}", Caller.ADMIN);
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").orElseThrow().endsWith("/api/v1/supervision-themes/" + id));
        assertEquals(409, api.post("/api/v1/supervision-themes", "{\"name\":\"" + name.toUpperCase() + "\"}",
                Caller.ADMIN).status(), "the same name in another case");
        assertTrue(themeNames(trainer, false).contains(name), "anyone signed in reads the list");
        long supervisee = practitioner(30);
        String withTheme = log(TODAY.minusDays(1), trainerId, List.of(supervisee), "")
                .replace("\"themes\":[\"Case review\"]", "\"themes\":[\"" + name + "\"]");
        created(api.post("/api/v1/supervision-logs", withTheme, trainer));

        String renamed = name.replace("Sleep", "Bedtime");
        long version = added.json().getJsonNumber("version").longValue();
        Answer stale = api.put("/api/v1/supervision-themes/" + id, "{\"name\":\"" + renamed + "\",\"version\":"
                + (version + 1) + "}", Caller.ADMIN);
        assertEquals(409, stale.status(), stale.body());
        Answer revised = api.put("/api/v1/supervision-themes/" + id, "{\"name\":\"" + renamed
                + "\",\"retired\":true,\"version\":" + version + "}", Caller.ADMIN);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(renamed, revised.json().getString("name"));
        assertTrue(revised.json().getBoolean("retired"));

        assertFalse(themeNames(trainer, false).contains(renamed), "a retired theme is not offered");
        assertTrue(themeNames(Caller.ADMIN, true).contains(renamed), "but listed with all=true");
        Answer refused = api.post("/api/v1/supervision-logs", withTheme.replace(name, renamed), trainer);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"themes\""), refused.body());
    }

    private List<String> themeNames(Caller caller, boolean all) {
        return api.getArray("/api/v1/supervision-themes" + (all ? "?all=true" : ""), caller)
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(t -> t.getString("name")).toList();
    }

    @Test
    void logExport_isAnonymous() {
        long practitioner = practitioner(60);
        created(api.post("/api/v1/supervision-logs", log(TODAY.minusDays(3), trainerId, List.of(practitioner),
                ",\"themeNotes\":\"Worked on exposure steps\""), trainer));
        String name = api.get("/api/v1/people/" + practitioner, Caller.ADMIN).json().getString("name");
        Answer csv = api.get("/api/v1/supervision-logs/export?format=csv&from=" + TODAY.minusDays(10) + "&to=" + TODAY,
                trainer);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Safeguarding concern raised"), csv.body());
        assertTrue(csv.body().contains("990101"), csv.body());
        assertFalse(csv.body().contains(name), "no names");
        assertFalse(csv.body().contains("exposure"), "no free text");
        assertEquals(422, api.get("/api/v1/supervision-logs/export?format=csv&from=" + TODAY + "&to=" + TODAY.minusDays(1),
                trainer).status());
        Answer xlsx = api.get("/api/v1/supervision/overdue/export?format=xlsx&status=all", trainer);
        assertEquals(200, xlsx.status());
    }

    static long count(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql);
             ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}

package uk.org.cascade.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PayaraLog;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.TestLrs;

/**
 * xAPI statements reaching a learning record store ({@link TestLrs}, which checks every statement against the xAPI
 * 1.0.3 rules): one for each learning event, none for work that rolled back, and all of them, once each, after the
 * store was away for a while.
 */
class LearningRecordsIT extends DeployedCascade {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Two questions: the first has one right answer (the first), the second two (the first and second). */
    private static final String CHECK = "\"passMark\":100,\"questions\":["
            + "{\"text\":\"Is avoidance helpful?\",\"answers\":[{\"text\":\"No\",\"correct\":true},{\"text\":\"Yes\",\"correct\":false}]},"
            + "{\"text\":\"Which are signs?\",\"answers\":[{\"text\":\"Tummy aches\",\"correct\":true},"
            + "{\"text\":\"Avoiding the hall\",\"correct\":true},{\"text\":\"Enjoying a club\",\"correct\":false}]}]";

    /** Built once for the class: a programme whose self-paced module has a check, a trainer, a cohort under way. */
    private static CohortWorldAccess world;
    private static Caller trainer;
    private static long trainerId;
    private static long cohort;
    private static long module;

    @BeforeEach
    void world() {
        if (world != null) {
            return;
        }
        world = new CohortWorldAccess(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        trainerId = world.personId(trainer);
        module = world.selfPacedModule();
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"One\",\"html\":"
                + "\"<p>Why children avoid school</p>\"}]," + CHECK + "}", Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());
        Answer published = api.post("/api/v1/modules/" + module + "/draft/publication", "{\"requiresRestart\":false}",
                Caller.ADMIN);
        assertEquals(200, published.status(), published.body());
        cohort = world.cohortUnderWay(trainer, trainerId);
    }

    @Test
    void eachLearningEvent_reachesTheLrs_asOneValidStatement_namingThePersonByIdOnly() {
        Caller learner = world.learnerLoginAtNorfolkSchool();
        long person = world.personId(learner);
        long enrolment = enrol(person);
        for (JsonObject session : api.get("/api/v1/cohorts/" + cohort, trainer).json().getJsonArray("sessions")
                .getValuesAs(JsonObject.class)) {
            Answer marked = api.put("/api/v1/cohorts/" + cohort + "/sessions/" + session.getJsonNumber("id") + "/attendance",
                    "[{\"enrolmentId\":" + enrolment + ",\"status\":\"PRESENT\"}]", trainer);
            assertEquals(200, marked.status(), marked.body());
        }
        assertEquals(201, attempt(learner, false).status());
        assertEquals(201, attempt(learner, true).status());
        Answer signedOff = api.post("/api/v1/signoffs", "{\"personId\":" + person + ",\"competencyCode\":\""
                + world.programme() + "-P\",\"assessorId\":" + trainerId + ",\"date\":\"" + LocalDate.now()
                + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"Observed leading a planning meeting\",\"cohortId\":"
                + cohort + "}", trainer);
        assertEquals(201, signedOff.status(), signedOff.body());
        long signOff = signedOff.json().getJsonNumber("id").longValue();
        Answer revoked = api.post("/api/v1/signoffs/" + signOff + "/revocation",
                "{\"reason\":\"Recorded against the wrong competency\"}", trainer);
        assertEquals(200, revoked.status(), revoked.body());

        awaitStatements(person, 11);

        List<JsonObject> statements = TestLrs.statementsOf(person);
        assertEquals(Map.of("registered", 1L, "completed", 4L, "scored", 2L, "failed", 1L, "passed", 1L,
                "signed-off", 1L, "sign-off-revoked", 1L), verbs(statements), "one statement for each event: three "
                + "modules and the cohort completed, each attempt scored and passed or failed");
        assertEquals(List.of(), TestLrs.problems(), "every statement the deployment sent keeps the xAPI rules");
        String learnerEmail = api.get("/api/v1/me", learner).json().getString("email");
        for (JsonObject s : statements) {
            assertFalse(s.toString().contains(learnerEmail), "no email in " + s);
            JsonObject account = s.getJsonObject("actor").getJsonObject("account");
            assertEquals(String.valueOf(person), account.getString("name"));
            // CASCADE_BASE_URL is not set in the tests: Cascade's address is localhost and the port it listens on.
            assertEquals("http://localhost:" + deployment.getPort(), account.getString("homePage"));
        }
        JsonObject failed = only(statements, "failed");
        assertEquals(0, failed.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertEquals(2, failed.getJsonObject("result").getJsonObject("score").getInt("max"));
        JsonObject passed = only(statements, "passed");
        assertEquals(2, passed.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertTrue(passed.getJsonObject("object").getString("id").endsWith("/xapi/activities/modules/" + module + "/check"));
        assertTrue(statements.stream().filter(s -> verb(s).equals("completed")).anyMatch(s ->
                s.getJsonObject("object").getString("id").endsWith("/xapi/activities/cohorts/" + cohort)), "the cohort");
        JsonObject signed = only(statements, "signed-off");
        assertTrue(signed.getJsonObject("result").getBoolean("success"));
        assertEquals(trainerId + "", signed.getJsonObject("context").getJsonObject("instructor")
                .getJsonObject("account").getString("name"));
        assertEquals(signed.getJsonObject("context").getJsonObject("extensions"),
                only(statements, "sign-off-revoked").getJsonObject("context").getJsonObject("extensions"),
                "the revocation names the sign-off it revokes");
        assertEquals(1, statements.stream().map(s -> s.getJsonObject("context").getString("registration", ""))
                .filter(r -> !r.isEmpty()).distinct().count(), "one registration for the enrolment's statements");
    }

    @Test
    void anLrsOutage_losesNothing_andEachStatementArrivesOnceWhenItIsBack() throws SQLException {
        long first = world.learnerAtNorfolkSchool();
        long second = world.learnerAtNorfolkSchool();
        List<String> ids;
        TestLrs.down(true);
        try {
            enrol(first);
            enrol(second);
            ids = List.of(outboxIdOf(first), outboxIdOf(second));
            await(() -> ids.stream().allMatch(id -> TestLrs.receiptsOf(id).stream().anyMatch(r -> r.status() == 503)),
                    "each statement tried once while the LRS answers 503");
            JsonObject outbox = api.get("/api/v1/learning-records", Caller.ADMIN).json();
            assertTrue(outbox.getBoolean("configured"));
            assertTrue(outbox.getInt("pending") >= 2, outbox.toString());
            assertTrue(TestLrs.statementsOf(first).isEmpty() && TestLrs.statementsOf(second).isEmpty());
        } finally {
            TestLrs.down(false);
        }

        Answer retry = api.post("/api/v1/learning-records/retry", "", Caller.ADMIN);
        assertEquals(202, retry.status(), retry.body());
        awaitStatements(first, 1);
        awaitStatements(second, 1);

        for (String id : ids) {
            assertEquals(1, TestLrs.receiptsOf(id).stream().filter(r -> r.status() == 204).count(), id);
            assertEquals(0, TestLrs.receiptsOf(id).stream().filter(r -> r.status() == 409).count(), id + " sent twice");
            assertEquals("SENT", outboxStatus(id));
        }
        assertEquals(403, api.get("/api/v1/learning-records", world.user("COORDINATOR")).status(), "administrators only");
    }

    @Test
    void aStatementAnotherInstanceHasClaimed_isLeftToIt_untilItsClaimLapses() throws SQLException {
        long stranger = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        String id = java.util.UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                + "\"http://localhost:" + deployment.getPort() + "\",\"name\":\"" + stranger + "\"}},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/registered\",\"display\":{\"en-GB\":\"registered\"}},\"object\":{"
                + "\"id\":\"http://localhost/xapi/activities/cohorts/0\",\"definition\":{\"name\":{\"en-GB\":\"A\"}}},"
                + "\"timestamp\":\"2026-12-07T09:00:00.000Z\"}";
        // Due since an hour ago, and claimed for ten more minutes by an instance that is sending it now.
        sql("INSERT INTO xapi_statement (id, body, created_at, status, attempts, next_attempt_at, claimed_by, claim_until) "
                + "VALUES (?, ?, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 'PENDING', 0, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, "
                + "'another-instance', UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE)", id, body);

        assertEquals(202, api.post("/api/v1/learning-records/retry", "", Caller.ADMIN).status());
        long later = world.learnerAtNorfolkSchool();
        enrol(later);
        awaitStatements(later, 1);
        assertEquals(List.of(), TestLrs.receiptsOf(id), "a claimed statement is not sent by a second instance");

        // That instance died: its claim lapses, and this one sends the statement.
        sql("UPDATE xapi_statement SET claim_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", id);
        assertEquals(202, api.post("/api/v1/learning-records/retry", "", Caller.ADMIN).status());
        awaitStatements(stranger, 1);
        assertEquals(List.of(new TestLrs.Receipt(id, 204)), TestLrs.receiptsOf(id));
        assertEquals("SENT", outboxStatus(id));
    }

    @Test
    void workThatRollsBack_sendsNoStatement() throws Exception {
        Caller learner = world.learnerLoginAtNorfolkSchool();
        long person = world.personId(learner);
        long enrolment = enrol(person);
        awaitStatements(person, 1);
        // The database refuses this learner's attempts: the attempt's transaction fails after its statements were
        // written in it, as any failure at commit would.
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TRIGGER it_refuse_attempt BEFORE INSERT ON module_attempt FOR EACH ROW BEGIN "
                    + "IF (SELECT enrolment_id FROM module_progress WHERE id = NEW.progress_id) = " + enrolment
                    + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by LearningRecordsIT'; END IF; END");
        }
        Answer refused;
        try {
            refused = attempt(learner, true);
        } finally {
            try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER it_refuse_attempt");
            }
        }
        assertNotEquals(201, refused.status(), refused.body());
        assertEquals(201, attempt(learner, false).status());

        awaitStatements(person, 3);
        assertEquals(Map.of("registered", 1L, "scored", 1L, "failed", 1L), verbs(TestLrs.statementsOf(person)),
                "the refused attempt (a pass) left nothing: only the later failed attempt was sent");
        assertEquals(3, outboxRowsOf(person), "nothing of the refused attempt is kept to send later either");
        String log = PayaraLog.afterEverythingSoFar(api).toLowerCase(java.util.Locale.ROOT);
        assertFalse(log.contains("insert into") || log.contains("bind =>"), "the failure is logged without its SQL");
    }

    private long enrol(long person) {
        Answer enrolled = world.enrol(cohort, person);
        assertEquals(201, enrolled.status(), enrolled.body());
        return enrolled.json().getJsonNumber("id").longValue();
    }

    /** An attempt at the module's check, all right or all wrong. */
    private Answer attempt(Caller learner, boolean allRight) {
        JsonObject pages = api.get("/api/v1/modules/" + module + "/pages", learner).json();
        List<String> answers = new ArrayList<>();
        for (JsonObject q : pages.getJsonObject("check").getJsonArray("questions").getValuesAs(JsonObject.class)) {
            JsonArray options = q.getJsonArray("answers");
            String chosen = q.getString("text").startsWith("Is avoidance")
                    ? String.valueOf(options.getJsonObject(allRight ? 0 : 1).getJsonNumber("id"))
                    : options.getJsonObject(allRight ? 0 : 2).getJsonNumber("id")
                    + (allRight ? "," + options.getJsonObject(1).getJsonNumber("id") : "");
            answers.add("{\"questionId\":" + q.getJsonNumber("id") + ",\"answerIds\":[" + chosen + "]}");
        }
        return api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[" + String.join(",", answers) + "]}",
                learner);
    }

    private static void awaitStatements(long person, int count) {
        await(() -> TestLrs.statementsOf(person).size() >= count, count + " statements for person " + person);
        assertEquals(count, TestLrs.statementsOf(person).size(), "no more statements than events");
    }

    /** Polls the condition until it holds, failing the test after {@link #PATIENCE}. */
    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the LRS saw "
                        + TestLrs.problems());
            }
            try {
                // Woken by the next statement to arrive; the bound covers conditions on the database.
                TestLrs.awaitArrival(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Map<String, Long> verbs(List<JsonObject> statements) {
        Map<String, Long> verbs = new TreeMap<>();
        statements.forEach(s -> verbs.merge(verb(s), 1L, Long::sum));
        return verbs;
    }

    private static String verb(JsonObject statement) {
        String iri = statement.getJsonObject("verb").getString("id");
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static JsonObject only(List<JsonObject> statements, String verb) {
        List<JsonObject> found = statements.stream().filter(s -> verb(s).equals(verb)).toList();
        assertEquals(1, found.size(), verb);
        return found.get(0);
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        }
    }

    /** The actor's account name is the person id: {@code "name":"<id>"} closes the actor's account. */
    private static String outboxIdOf(long person) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT id FROM xapi_statement WHERE body LIKE ?")) {
            q.setString(1, "%\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"%\",\"name\":\"" + person + "\"}%");
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next(), "a statement in the outbox for person " + person);
                String id = rows.getString(1);
                assertFalse(rows.next(), "one statement for person " + person);
                return id;
            }
        }
    }

    private static long outboxRowsOf(long person) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?")) {
            q.setString(1, "%\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"%\",\"name\":\"" + person + "\"}%");
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String outboxStatus(String id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT status FROM xapi_statement WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}

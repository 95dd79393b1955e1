package uk.org.cascade.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Joiners and leavers through the API, and who may see and change them. */
class PeopleIT extends DeployedCascade {

    private static final int NORFOLK_SCHOOL = 990101;
    private static final int OTHER_NORFOLK_SCHOOL = 990103;
    private static final int LONDON_SCHOOL = 100000;

    @BeforeEach
    void schools() {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
    }

    @Test
    void create_answers201WithLocation_andTheSameEmailInAnyCaseIs409() {
        String email = "Joiner." + UUID.randomUUID() + "@School.test";

        Answer created = api.post("/api/v1/people", "{\"name\":\"Jo Joiner\",\"email\":\"" + email + "\"}", Caller.ADMIN);
        Answer again = api.post("/api/v1/people", "{\"name\":\"Jo Again\",\"email\":\"" + email.toUpperCase() + "\"}", Caller.ADMIN);

        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/people/" + created.json().getInt("id")));
        assertEquals(409, again.status());
    }

    @Test
    void aJoiner_thenALeaver_isRecordedAndAudited() {
        long id = person(Caller.ADMIN, null);
        JsonObject job = api.post("/api/v1/people/" + id + "/employments", employment(NORFOLK_SCHOOL, "2025-09-01", null),
                Caller.ADMIN).json();
        assertEquals(1, api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").size());

        Answer ended = api.post("/api/v1/people/" + id + "/employments/" + job.getInt("id") + "/end",
                "{\"endDate\":\"2025-12-31\",\"reason\":\"moved away\"}", Caller.ADMIN);

        assertEquals(200, ended.status(), ended.body());
        assertEquals("2025-12-31", ended.json().getString("endDate"));
        assertEquals(0, api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").size(),
                "a leaver has no current employment");
        JsonObject audit = api.get("/api/v1/audit?entityType=Employment&entityId=" + job.getInt("id"), Caller.ADMIN).json();
        assertEquals(2, audit.getInt("total"));
        assertEquals("ENDED", audit.getJsonArray("items").getJsonObject(0).getString("action"));
        assertTrue(audit.getJsonArray("items").getJsonObject(0).getString("after").contains("moved away"));
    }

    @Test
    void badEmployments_areRefusedWithTheRuleNamed() {
        long id = person(Caller.ADMIN, null);
        assertEquals(201, api.post("/api/v1/people/" + id + "/employments", employment(NORFOLK_SCHOOL, "2025-09-01", null),
                Caller.ADMIN).status());

        Answer overlapping = api.post("/api/v1/people/" + id + "/employments", employment(NORFOLK_SCHOOL, "2026-01-05", null),
                Caller.ADMIN);
        Answer backwards = api.post("/api/v1/people/" + id + "/employments",
                employment(OTHER_NORFOLK_SCHOOL, "2026-01-05", "2025-12-01"), Caller.ADMIN);
        Answer secondSchool = api.post("/api/v1/people/" + id + "/employments", employment(OTHER_NORFOLK_SCHOOL, "2026-01-05", null),
                Caller.ADMIN);
        Answer badDate = api.post("/api/v1/people/" + id + "/employments", employment(OTHER_NORFOLK_SCHOOL, "2026-02-30", null),
                Caller.ADMIN);

        assertEquals(422, overlapping.status());
        assertTrue(overlapping.body().contains("overlaps employment"), overlapping.body());
        assertEquals(422, backwards.status());
        assertTrue(backwards.body().contains("endDate 2025-12-01 is before startDate 2026-01-05"), backwards.body());
        assertEquals(201, secondSchool.status(), "two schools at once is normal");
        assertEquals(422, badDate.status());
        assertEquals(2, api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").size());
    }

    @Test
    void aCoordinator_seesAndChangesOnlyPeopleOfTheirSchools() {
        Caller norfolk = coordinator();
        long londoner = person(Caller.ADMIN, LONDON_SCHOOL);
        long local = person(norfolk, NORFOLK_SCHOOL);

        assertEquals(200, api.get("/api/v1/people/" + local, norfolk).status());
        assertEquals(404, api.get("/api/v1/people/" + londoner, norfolk).status(), "out of scope reads as not found");
        assertEquals(403, api.post("/api/v1/people/" + local + "/employments", employment(LONDON_SCHOOL, "2026-01-05", null),
                norfolk).status(), "a job at another authority's school");
        assertEquals(404, api.post("/api/v1/people/" + londoner + "/employments",
                employment(NORFOLK_SCHOOL, "2026-01-05", null), norfolk).status());
        String found = api.get("/api/v1/people?size=500", norfolk).body();
        assertTrue(found.contains("\"id\":" + local) && !found.contains("\"id\":" + londoner + ","), found);
        assertEquals(422, api.post("/api/v1/people", "{\"name\":\"No Job\",\"email\":\"nojob." + UUID.randomUUID()
                + "@school.test\"}", norfolk).status(), "a coordinator records people with their job");
    }

    @Test
    void turnover_countsJoinersAndLeaversOfTheLast90Days_perSchoolInScope() {
        Caller norfolk = coordinator();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String longAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(200).toString();
        long leaver = person(Caller.ADMIN, null);
        JsonObject job = api.post("/api/v1/people/" + leaver + "/employments", employment(OTHER_NORFOLK_SCHOOL, longAgo, null),
                Caller.ADMIN).json();
        api.post("/api/v1/people/" + leaver + "/employments/" + job.getInt("id") + "/end", "{\"endDate\":\"" + today + "\"}",
                Caller.ADMIN);
        long joiner = person(Caller.ADMIN, null);
        api.post("/api/v1/people/" + joiner + "/employments", employment(OTHER_NORFOLK_SCHOOL, today, null), Caller.ADMIN);
        long londoner = person(Caller.ADMIN, null);
        api.post("/api/v1/people/" + londoner + "/employments", employment(LONDON_SCHOOL, today, null), Caller.ADMIN);

        String rows = api.get("/api/v1/people/turnover", norfolk).body();

        assertTrue(rows.contains("\"urn\":" + OTHER_NORFOLK_SCHOOL), rows);
        assertTrue(!rows.contains("\"urn\":" + LONDON_SCHOOL), "London is outside a Norfolk coordinator's scope: " + rows);
        jakarta.json.JsonObject row = jakarta.json.Json.createReader(new java.io.StringReader(rows)).readArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(r -> r.getInt("urn") == OTHER_NORFOLK_SCHOOL).findFirst().orElseThrow();
        assertTrue(row.getInt("joiners") >= 1 && row.getInt("leavers") >= 1, row.toString());
    }

    @Test
    void turnover_takesAPeriodInDaysOrFromTo_andRefusesABadOneNamingTheField() {
        Caller norfolk = coordinator();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String around = "/api/v1/people/turnover?from=" + today.minusDays(201) + "&to=" + today.minusDays(199);
        String after = "/api/v1/people/turnover?from=" + today.minusDays(199) + "&to=" + today;
        int[] before = {joiners("/api/v1/people/turnover?days=30", norfolk), joiners("/api/v1/people/turnover?days=365", norfolk),
                joiners(around, norfolk), joiners(after, norfolk)};
        long joiner = person(Caller.ADMIN, null);
        api.post("/api/v1/people/" + joiner + "/employments", employment(NORFOLK_SCHOOL, today.minusDays(200).toString(), null),
                Caller.ADMIN);

        assertEquals(before[0], joiners("/api/v1/people/turnover?days=30", norfolk), "200 days ago is not in the last 30");
        assertEquals(before[1] + 1, joiners("/api/v1/people/turnover?days=365", norfolk), "but is in the last 365");
        assertEquals(before[2] + 1, joiners(around, norfolk), "and in a range around it");
        assertEquals(before[3], joiners(after, norfolk), "and not in a range that starts the day after");
        Answer words = api.get("/api/v1/people/turnover?days=ninety", norfolk);
        Answer backwards = api.get("/api/v1/people/turnover?from=2026-03-01&to=2026-02-01", norfolk);
        Answer half = api.get("/api/v1/people/turnover?from=2026-03-01", norfolk);
        assertEquals(422, words.status());
        assertTrue(words.body().contains("\"field\":\"days\""), words.body());
        assertEquals(422, backwards.status());
        assertTrue(backwards.body().contains("\"field\":\"to\""), backwards.body());
        assertEquals(422, half.status());
        assertTrue(half.body().contains("to is required with from"), half.body());
    }

    @Test
    void aMover_endsTheOldJobAndStartsTheNewOneTheNextDay_bothAudited_orNeitherWhenTheNewOneIsRefused() {
        long id = person(Caller.ADMIN, NORFOLK_SCHOOL);
        JsonObject old = api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").getJsonObject(0);
        String lastDay = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(10).toString();

        Answer refused = api.post("/api/v1/people/" + id + "/employments/" + old.getInt("id") + "/move", "{\"endDate\":\""
                + lastDay + "\",\"schoolUrn\":" + OTHER_NORFOLK_SCHOOL + ",\"jobTitle\":\"\"}", Caller.ADMIN);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"jobTitle\""), refused.body());
        assertEquals(NORFOLK_SCHOOL, api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments")
                .getJsonObject(0).getInt("schoolUrn"), "a refused move leaves the old job running");

        Answer moved = api.post("/api/v1/people/" + id + "/employments/" + old.getInt("id") + "/move", "{\"endDate\":\""
                + lastDay + "\",\"schoolUrn\":" + OTHER_NORFOLK_SCHOOL + ",\"jobTitle\":\"Pastoral lead\",\"version\":"
                + old.getInt("version") + "}", Caller.ADMIN);

        assertEquals(201, moved.status(), moved.body());
        assertEquals(java.time.LocalDate.parse(lastDay).plusDays(1).toString(), moved.json().getString("startDate"));
        var now = api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments");
        assertEquals(1, now.size());
        assertEquals(OTHER_NORFOLK_SCHOOL, now.getJsonObject(0).getInt("schoolUrn"));
        assertEquals("ENDED", api.get("/api/v1/audit?entityType=Employment&entityId=" + old.getInt("id"), Caller.ADMIN).json()
                .getJsonArray("items").getJsonObject(0).getString("action"));
        assertEquals("STARTED", api.get("/api/v1/audit?entityType=Employment&entityId=" + moved.json().getInt("id"),
                Caller.ADMIN).json().getJsonArray("items").getJsonObject(0).getString("action"));
    }

    @Test
    void aLeaver_withAStaleVersion_is409_andAReasonNamingAChild_is422() {
        long id = person(Caller.ADMIN, NORFOLK_SCHOOL);
        JsonObject job = api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").getJsonObject(0);
        String end = "/api/v1/people/" + id + "/employments/" + job.getInt("id") + "/end";

        Answer stale = api.post(end, "{\"endDate\":\"2025-12-31\",\"version\":" + (job.getInt("version") + 1) + "}", Caller.ADMIN);
        Answer child = api.post(end, "{\"endDate\":\"2025-12-31\",\"reason\":\"to care for Amy Smith, aged 7\"}", Caller.ADMIN);

        assertEquals(409, stale.status(), stale.body());
        assertEquals(422, child.status(), child.body());
        assertTrue(child.body().contains("\"field\":\"reason\"") && !child.body().contains("Amy"), child.body());
        assertEquals(1, api.get("/api/v1/people/" + id, Caller.ADMIN).json().getJsonArray("employments").size(), "nothing ended");
    }

    /** Joiners at {@link #NORFOLK_SCHOOL} in the turnover the path asks for. */
    private int joiners(String path, Caller caller) {
        Answer rows = api.get(path, caller);
        assertEquals(200, rows.status(), rows.body());
        return rows.jsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getInt("urn") == NORFOLK_SCHOOL).mapToInt(r -> r.getInt("joiners")).sum();
    }

    @Test
    void aLearner_seesOnlyThemselves() {
        String email = "learner." + UUID.randomUUID() + "@school.test";
        JsonObject user = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Lee Learner\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN).json();
        Caller learner = new Caller(email, "a long enough password");
        long someoneElse = person(Caller.ADMIN, NORFOLK_SCHOOL);

        assertEquals(200, api.get("/api/v1/people/" + user.getInt("personId"), learner).status());
        assertEquals(404, api.get("/api/v1/people/" + someoneElse, learner).status());
        assertEquals(403, api.get("/api/v1/people", learner).status());
        assertEquals(403, api.post("/api/v1/people", "{\"name\":\"X\",\"email\":\"x." + UUID.randomUUID() + "@s.test\"}",
                learner).status());
    }

    private long person(Caller caller, Integer schoolUrn) {
        String email = "person." + UUID.randomUUID() + "@school.test";
        String job = schoolUrn == null ? "" : ",\"employment\":" + employment(schoolUrn, "2025-09-01", null);
        Answer created = api.post("/api/v1/people", "{\"name\":\"Pat Person\",\"email\":\"" + email + "\"" + job + "}", caller);
        assertEquals(201, created.status(), created.body());
        return created.json().getInt("id");
    }

    private Caller coordinator() {
        String email = "coordinator." + UUID.randomUUID() + "@la.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"C\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]}}",
                Caller.ADMIN).status());
        return new Caller(email, "a long enough password");
    }

    private static String employment(int urn, String start, String end) {
        return "{\"schoolUrn\":" + urn + ",\"jobTitle\":\"Pastoral lead\",\"startDate\":\"" + start + "\""
                + (end == null ? "" : ",\"endDate\":\"" + end + "\"") + "}";
    }
}

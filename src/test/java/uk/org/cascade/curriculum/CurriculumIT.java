package uk.org.cascade.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Programmes and competencies through the API: defining, revising, the rules that refuse them, and who may. */
class CurriculumIT extends DeployedCascade {

    @Test
    void createProgramme_answers201WithLocation_andReadsBackItsModulesInOrder() {
        String code = code("STAFF");

        Answer created = api.post("/api/v1/programmes", programme(code, module("Intro to anxiety", 90, "SELF_PACED"),
                module("The parent-led model", 120, "LIVE_ONLINE")), Caller.ADMIN);

        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/programmes/" + code));
        assertTrue(created.json().containsKey("id"));
        JsonObject read = api.get("/api/v1/programmes/" + code, Caller.ADMIN).json();
        assertEquals(List.of("Intro to anxiety", "The parent-led model"), titles(read));
        assertEquals(210, read.getInt("totalMinutes"));
        assertEquals(6, read.getInt("supervisionIntervalWeeks"), "the default interval");
    }

    @Test
    void badModules_are422ListingEveryField_andADuplicateCodeIs409() {
        String code = code("BAD");

        Answer bad = api.post("/api/v1/programmes", programme(code, module("Fine", 60, "SELF_PACED"),
                module("No mode", 0, "BY_POST")), Caller.ADMIN);
        Answer none = api.post("/api/v1/programmes", programme(code), Caller.ADMIN);
        assertEquals(201, api.post("/api/v1/programmes", programme(code, module("Fine", 60, "SELF_PACED")), Caller.ADMIN)
                .status());
        Answer again = api.post("/api/v1/programmes", programme(code, module("Fine", 60, "SELF_PACED")), Caller.ADMIN);

        assertEquals(422, bad.status(), bad.body());
        assertEquals(List.of("modules[1].minutes", "modules[1].mode"), fields(bad).stream().sorted().toList(),
                "both problems of the module at once");
        assertEquals(422, none.status(), none.body());
        assertEquals(List.of("modules"), fields(none));
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void revise_reordersRetiresAndAdds_andAStaleVersionIs409() {
        String code = code("REV");
        JsonObject created = api.post("/api/v1/programmes", programme(code, module("One", 60, "SELF_PACED"),
                module("Two", 90, "LIVE_ONLINE"), module("Three", 30, "IN_PERSON")), Caller.ADMIN).json();
        JsonArray modules = created.getJsonArray("modules");
        long one = modules.getJsonObject(0).getJsonNumber("id").longValue();
        long three = modules.getJsonObject(2).getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();

        Answer revised = api.put("/api/v1/programmes/" + code, "{\"title\":\"Revised\",\"version\":" + version
                + ",\"modules\":[" + kept(three, "Three", 30, "IN_PERSON") + "," + module("Four", 45, "LIVE_ONLINE") + ","
                + kept(one, "One, longer", 75, "SELF_PACED") + "]}", Caller.ADMIN);
        Answer stale = api.put("/api/v1/programmes/" + code, "{\"title\":\"Lost update\",\"version\":" + version
                + ",\"modules\":[" + kept(one, "One", 60, "SELF_PACED") + "]}", Caller.ADMIN);

        assertEquals(200, revised.status(), revised.body());
        JsonObject read = api.get("/api/v1/programmes/" + code, Caller.ADMIN).json();
        assertEquals(List.of("Three", "Four", "One, longer"), titles(read), "Two is retired");
        assertEquals(List.of(1, 2, 3), read.getJsonArray("modules").stream()
                .map(m -> m.asJsonObject().getInt("position")).toList());
        assertEquals(three, read.getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue(), "kept by id");
        assertEquals(409, stale.status(), stale.body());
        assertEquals("Revised", api.get("/api/v1/programmes/" + code, Caller.ADMIN).json().getString("title"));
        Answer retired = api.put("/api/v1/programmes/" + code, "{\"title\":\"Revised\",\"version\":"
                + read.getJsonNumber("version").longValue() + ",\"modules\":["
                + kept(modules.getJsonObject(1).getJsonNumber("id").longValue(), "Two", 90, "LIVE_ONLINE") + "]}", Caller.ADMIN);
        assertEquals(422, retired.status(), "a retired module cannot come back by id: " + retired.body());
    }

    @Test
    void competencies_linkProgrammesRefreshersAndPrerequisites() {
        String staff = code("STAFF");
        String trainerCourse = code("TRAINER");
        String refresher = code("REFRESH");
        for (String p : List.of(staff, trainerCourse, refresher)) {
            assertEquals(201, api.post("/api/v1/programmes", programme(p, module("M", 60, "SELF_PACED")), Caller.ADMIN).status());
        }
        String prac = code("PRAC");
        String train = code("TRAIN");

        Answer practitioner = api.post("/api/v1/competencies", competency(prac, "PRACTITIONER", staff, 24,
                ",\"refresherProgrammeCode\":\"" + refresher + "\"", List.of()), Caller.ADMIN);
        Answer trainer = api.post("/api/v1/competencies", competency(train, "TRAINER", staff, 36,
                ",\"taughtByProgrammeCode\":\"" + trainerCourse + "\"", List.of(prac)), Caller.ADMIN);

        assertEquals(201, practitioner.status(), practitioner.body());
        assertTrue(practitioner.header("Location").orElseThrow().endsWith("/api/v1/competencies/" + prac));
        assertEquals(201, trainer.status(), trainer.body());
        JsonObject p = api.get("/api/v1/competencies/" + prac, Caller.ADMIN).json();
        assertEquals(staff, p.getString("programmeCode"));
        assertEquals(staff, p.getString("taughtByProgrammeCode"), "a practitioner competency is taught by its programme");
        assertEquals(refresher, p.getString("refresherProgrammeCode"));
        assertEquals(90, p.getInt("refresherWindowDays"));
        JsonObject t = api.get("/api/v1/competencies/" + train, Caller.ADMIN).json();
        assertEquals("[\"" + prac + "\"]", t.getJsonArray("prerequisites").toString());
        assertEquals(trainerCourse, t.getString("taughtByProgrammeCode"));
        JsonObject programme = api.get("/api/v1/programmes/" + staff, Caller.ADMIN).json();
        assertEquals(List.of(prac, train).stream().sorted().toList(), strings(programme.getJsonArray("competencies"))
                .stream().sorted().toList());
        assertEquals(List.of(train), strings(api.get("/api/v1/programmes/" + trainerCourse, Caller.ADMIN).json()
                .getJsonArray("leadsTo")));
        assertEquals(List.of(prac), strings(api.get("/api/v1/programmes/" + refresher, Caller.ADMIN).json()
                .getJsonArray("leadsTo")));
    }

    @Test
    void aCompetencyIsRevised_withItsVersion_andARevisionWithoutPrerequisitesIs422() {
        String staff = code("STAFF");
        assertEquals(201, api.post("/api/v1/programmes", programme(staff, module("M", 60, "SELF_PACED")), Caller.ADMIN)
                .status());
        String prac = code("PRAC");
        String train = code("TRAIN");
        assertEquals(201, api.post("/api/v1/competencies", competency(prac, "PRACTITIONER", staff, 24, "", List.of()),
                Caller.ADMIN).status());
        Answer created = api.post("/api/v1/competencies", competency(train, "TRAINER", staff, 36, "", List.of(prac)),
                Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        long version = created.json().getJsonNumber("version").longValue();
        String revision = competency(train, "TRAINER", staff, 48, ",\"version\":" + version, List.of(prac))
                .replace("\"title\":\"Competency " + train + "\"", "\"title\":\"Trainer, revised\"");

        Answer withoutPrerequisites = api.put("/api/v1/competencies/" + train,
                revision.replace(",\"prerequisites\":[\"" + prac + "\"]", ""), Caller.ADMIN);
        assertEquals(422, withoutPrerequisites.status(), withoutPrerequisites.body());
        assertTrue(withoutPrerequisites.body().contains("\"field\":\"prerequisites\""), withoutPrerequisites.body());
        Answer stale = api.put("/api/v1/competencies/" + train, revision.replace("\"version\":" + version,
                "\"version\":" + (version + 1)), Caller.ADMIN);
        assertEquals(409, stale.status(), stale.body());
        Answer revised = api.put("/api/v1/competencies/" + train, revision, Caller.ADMIN);

        assertEquals(200, revised.status(), revised.body());
        JsonObject read = api.get("/api/v1/competencies/" + train, Caller.ADMIN).json();
        assertEquals("Trainer, revised", read.getString("title"));
        assertEquals(48, read.getInt("validityMonths"));
        assertEquals("[\"" + prac + "\"]", read.getJsonArray("prerequisites").toString(), "kept as sent");
        assertTrue(read.getJsonNumber("version").longValue() > version);
    }

    @Test
    void anUnknownProgramme_orASecondTrainerCompetency_is422() {
        String staff = code("STAFF");
        assertEquals(201, api.post("/api/v1/programmes", programme(staff, module("M", 60, "SELF_PACED")), Caller.ADMIN).status());
        assertEquals(201, api.post("/api/v1/competencies", competency(code("TRAIN"), "TRAINER", staff, 36, "", List.of()),
                Caller.ADMIN).status());

        Answer unknown = api.post("/api/v1/competencies", competency(code("PRAC"), "PRACTITIONER", "NO-SUCH-" + staff, 24, "",
                List.of()), Caller.ADMIN);
        Answer second = api.post("/api/v1/competencies", competency(code("TRAIN"), "TRAINER", staff, 36, "", List.of()),
                Caller.ADMIN);

        assertEquals(422, unknown.status(), unknown.body());
        assertEquals(List.of("programmeCode"), fields(unknown));
        assertEquals(422, second.status(), second.body());
        assertEquals(List.of("level"), fields(second));
    }

    @Test
    void aLearner_readsTheCurriculum_butCannotChangeIt() {
        String email = "learner." + UUID.randomUUID() + "@school.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Lee Learner\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN).status());
        Caller learner = new Caller(email, "a long enough password");
        String code = code("READ");
        assertEquals(201, api.post("/api/v1/programmes", programme(code, module("M", 60, "SELF_PACED")), Caller.ADMIN).status());

        assertEquals(403, api.post("/api/v1/programmes", programme(code("MINE"), module("M", 60, "SELF_PACED")), learner).status());
        assertEquals(403, api.post("/api/v1/competencies", competency(code("MINE"), "PRACTITIONER", code, 24, "", List.of()),
                learner).status());
        assertEquals(200, api.get("/api/v1/programmes/" + code, learner).status());
        assertEquals(200, api.get("/api/v1/programmes", learner).status());
        assertEquals(200, api.get("/api/v1/competencies", learner).status());
        assertEquals(401, api.get("/api/v1/programmes", Caller.NOBODY).status());
    }

    @Test
    void changes_areAudited() {
        String code = code("AUDIT");
        JsonObject created = api.post("/api/v1/programmes", programme(code, module("M", 60, "SELF_PACED")), Caller.ADMIN).json();
        assertEquals(200, api.put("/api/v1/programmes/" + code, "{\"title\":\"Audited\",\"version\":"
                + created.getJsonNumber("version") + ",\"modules\":[" + module("N", 30, "IN_PERSON") + "]}", Caller.ADMIN).status());
        String competencyCode = code("AUDIT-PRAC");
        assertEquals(201, api.post("/api/v1/competencies", competency(competencyCode, "PRACTITIONER", code, null, "", List.of()),
                Caller.ADMIN).status());

        JsonObject programmeEvents = api.get("/api/v1/audit?entityType=Programme&entityId=" + code, Caller.ADMIN).json();
        JsonObject competencyEvents = api.get("/api/v1/audit?entityType=Competency&entityId=" + competencyCode, Caller.ADMIN)
                .json();

        assertEquals(2, programmeEvents.getInt("total"), programmeEvents.toString());
        JsonObject revised = programmeEvents.getJsonArray("items").getJsonObject(0);
        assertEquals("REVISED", revised.getString("action"));
        assertTrue(revised.getString("before").contains("M (SELF_PACED, 60 min)"), revised.toString());
        assertTrue(revised.getString("after").contains("N (IN_PERSON, 30 min)"), revised.toString());
        assertEquals(1, competencyEvents.getInt("total"));
        assertEquals("CREATED", competencyEvents.getJsonArray("items").getJsonObject(0).getString("action"));
    }

    /** The suite shares one database: every test makes its own codes. */
    private static String code(String suffix) {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-" + suffix;
    }

    private static String programme(String code, String... modules) {
        return "{\"code\":\"" + code + "\",\"title\":\"Programme " + code + "\",\"modules\":[" + String.join(",", modules) + "]}";
    }

    private static String module(String title, int minutes, String mode) {
        return "{\"title\":\"" + title + "\",\"outcomes\":\"Can do " + title + "\",\"minutes\":" + minutes
                + ",\"mode\":\"" + mode + "\"}";
    }

    private static String kept(long id, String title, int minutes, String mode) {
        return module(title, minutes, mode).replaceFirst("\\{", "{\"id\":" + id + ",");
    }

    private static String competency(String code, String level, String programmeCode, Integer validityMonths, String more,
                                     List<String> prerequisites) {
        return "{\"code\":\"" + code + "\",\"title\":\"Competency " + code + "\",\"level\":\"" + level + "\",\"validityMonths\":"
                + validityMonths + ",\"programmeCode\":\"" + programmeCode + "\"" + more + ",\"prerequisites\":["
                + String.join(",", prerequisites.stream().map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    private static List<String> titles(JsonObject programme) {
        return programme.getJsonArray("modules").stream().map(m -> m.asJsonObject().getString("title")).toList();
    }

    private static List<String> fields(Answer answer) {
        return answer.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}

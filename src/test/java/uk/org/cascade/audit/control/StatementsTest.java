package uk.org.cascade.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.XapiRules;

class StatementsTest {

    private static final String BASE = "https://cascade.example.org";
    private static final Instant AT = Instant.parse("2026-12-07T09:30:15.123456Z");
    private static final Activity PROGRAMME = Activity.programme("EBSA", "Emotionally based school avoidance");
    private static final Activity COHORT = Activity.cohort(42, "Norwich, spring");
    private static final Activity MODULE = Activity.module(7, "Why children avoid school");
    private static final Activity CHECK = Activity.check(7, "Why children avoid school");
    private static final Activity COMPETENCY = Activity.competency("EBSA-P", "EBSA practitioner");

    private final Statements statements = new Statements(BASE);

    /** One of each event, as LearningRecords writes them. */
    private List<JsonObject> everyEvent() {
        List<JsonObject> all = new java.util.ArrayList<>();
        all.add(statements.registered(1001, 55, COHORT, PROGRAMME, AT));
        all.add(statements.completedModule(1001, 55, MODULE, COHORT, PROGRAMME, AT));
        all.addAll(statements.attempted(1001, 55, CHECK, MODULE, PROGRAMME, 3, 4, true, AT));
        all.addAll(statements.attempted(1001, 55, CHECK, MODULE, PROGRAMME, 1, 4, false, AT));
        all.add(statements.completedCohort(1001, 55, COHORT, PROGRAMME, AT));
        all.add(statements.signedOff(1001, 900, COMPETENCY, PROGRAMME, 2002, true, AT));
        all.add(statements.revoked(1001, 900, COMPETENCY, PROGRAMME, AT));
        return all;
    }

    @Test
    void everyEvent_isAValidXapiStatement_withTheActorAsAnAccountNamedByPersonId() {
        for (JsonObject s : everyEvent()) {
            assertEquals(List.of(), XapiRules.problems(s), s.toString());
            JsonObject actor = s.getJsonObject("actor");
            assertEquals("Agent", actor.getString("objectType"));
            assertEquals(BASE, actor.getJsonObject("account").getString("homePage"));
            assertEquals("1001", actor.getJsonObject("account").getString("name"));
            assertFalse(actor.containsKey("mbox") || actor.containsKey("name"), "no email, no name: " + actor);
            assertEquals("Cascade", s.getJsonObject("context").getString("platform"));
            assertEquals("2026-12-07T09:30:15.123Z", s.getString("timestamp"));
            assertFalse(s.containsKey("version"), "the sender leaves version to the LRS");
        }
    }

    @Test
    void eachStatement_hasItsOwnRandomUuid() {
        List<String> ids = everyEvent().stream().map(s -> s.getString("id")).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        ids.forEach(id -> assertEquals(4, UUID.fromString(id).version(), id));
    }

    @Test
    void eventsUseAdlVerbs_andCascadesOwnForSignOffs() {
        assertEquals(List.of("http://adlnet.gov/expapi/verbs/registered", "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/scored", "http://adlnet.gov/expapi/verbs/passed",
                        "http://adlnet.gov/expapi/verbs/scored", "http://adlnet.gov/expapi/verbs/failed",
                        "http://adlnet.gov/expapi/verbs/completed", BASE + "/xapi/verbs/signed-off",
                        BASE + "/xapi/verbs/sign-off-revoked"),
                everyEvent().stream().map(s -> s.getJsonObject("verb").getString("id")).toList());
        everyEvent().forEach(s -> assertTrue(s.getJsonObject("verb").getJsonObject("display").containsKey("en-GB")));
    }

    @Test
    void objects_areActivitiesUnderCascadesAddress_withNameAndType() {
        JsonObject registered = statements.registered(1001, 55, COHORT, PROGRAMME, AT).getJsonObject("object");
        assertEquals(BASE + "/xapi/activities/cohorts/42", registered.getString("id"));
        assertEquals("Norwich, spring", registered.getJsonObject("definition").getJsonObject("name").getString("en-GB"));
        assertEquals("http://adlnet.gov/expapi/activities/course", registered.getJsonObject("definition").getString("type"));
        JsonObject module = statements.completedModule(1001, 55, MODULE, COHORT, PROGRAMME, AT);
        assertEquals("http://adlnet.gov/expapi/activities/module",
                module.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertEquals(BASE + "/xapi/activities/cohorts/42", module.getJsonObject("context")
                .getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0).getString("id"));
        JsonObject check = statements.attempted(1001, 55, CHECK, MODULE, PROGRAMME, 3, 4, true, AT).get(0).getJsonObject("object");
        assertEquals(BASE + "/xapi/activities/modules/7/check", check.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/assessment", check.getJsonObject("definition").getString("type"));
        JsonObject competency = statements.signedOff(1001, 900, COMPETENCY, PROGRAMME, 2002, true, AT).getJsonObject("object");
        assertEquals(BASE + "/xapi/activities/competencies/EBSA-P", competency.getString("id"));
        assertEquals(BASE + "/xapi/activity-types/competency", competency.getJsonObject("definition").getString("type"));
    }

    @Test
    void anAttempt_givesItsScore_thenPassedOrFailedWithTheSameScore() {
        List<JsonObject> failed = statements.attempted(1001, 55, CHECK, MODULE, PROGRAMME, 1, 3, false, AT);
        JsonObject score = failed.get(0).getJsonObject("result").getJsonObject("score");
        assertEquals(0.3333, score.getJsonNumber("scaled").doubleValue());
        assertEquals(1, score.getInt("raw"));
        assertEquals(0, score.getInt("min"));
        assertEquals(3, score.getInt("max"));
        assertFalse(failed.get(0).getJsonObject("result").containsKey("success"), "scored says nothing of passing");
        assertFalse(failed.get(1).getJsonObject("result").getBoolean("success"));
        assertEquals(score, failed.get(1).getJsonObject("result").getJsonObject("score"));
        JsonObject full = statements.attempted(1001, 55, CHECK, MODULE, PROGRAMME, 4, 4, true, AT).get(1);
        assertEquals(1, full.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").intValue());
        assertTrue(full.getJsonObject("result").getBoolean("success"));
    }

    @Test
    void aSignOff_carriesItsOutcomeAndAssessorByIdOnly_andItsRevocationNamesTheSameSignOff() {
        JsonObject notYet = statements.signedOff(1001, 900, COMPETENCY, PROGRAMME, 2002, false, AT);
        assertFalse(notYet.getJsonObject("result").getBoolean("success"));
        JsonObject instructor = notYet.getJsonObject("context").getJsonObject("instructor");
        assertEquals("2002", instructor.getJsonObject("account").getString("name"));
        assertFalse(instructor.containsKey("name"));
        String extension = BASE + "/xapi/extensions/sign-off";
        assertEquals(900, notYet.getJsonObject("context").getJsonObject("extensions").getInt(extension));
        JsonObject revoked = statements.revoked(1001, 900, COMPETENCY, PROGRAMME, AT);
        assertEquals(900, revoked.getJsonObject("context").getJsonObject("extensions").getInt(extension));
        assertFalse(revoked.containsKey("result"));
    }

    @Test
    void oneEnrolment_hasOneRegistrationUuid_whicheverStatementAndRun() {
        String a = statements.registered(1001, 55, COHORT, PROGRAMME, AT).getJsonObject("context").getString("registration");
        String b = new Statements(BASE).completedCohort(1001, 55, COHORT, PROGRAMME, AT).getJsonObject("context")
                .getString("registration");
        String other = statements.registered(1001, 56, COHORT, PROGRAMME, AT).getJsonObject("context").getString("registration");
        assertEquals(a, b);
        assertNotEquals(a, other);
    }

    @Test
    void programmeCodes_areEscapedIntoTheirIri() {
        assertEquals(BASE + "/xapi/activities/programmes/A%20B%2FC", statements.registered(1, 1, COHORT,
                        Activity.programme("A B/C", "Odd"), AT).getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("grouping").getJsonObject(0).getString("id"));
    }
}

package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Sign-offs through the API: the rules, renewal, revocation and who may see and do what. */
class SignOffsIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
    private static final String NEXT_WEEK = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();

    private CohortWorldAccess world;
    private Caller trainer;
    private long trainerId;
    private long learner;
    private long cohort;
    private long enrolment;
    private String practitioner;

    @BeforeEach
    void aLearnerInATrainersCohort() {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(TODAY.minusYears(1));
        trainerId = world.personId(trainer);
        cohort = world.cohort(trainer, trainerId);
        learner = world.learnerAtNorfolkSchool();
        Answer enrolled = world.enrol(cohort, learner);
        assertEquals(201, enrolled.status());
        enrolment = enrolled.json().getJsonNumber("id").longValue();
        practitioner = world.programme() + "-P";
    }

    @Test
    void aTrainerSignsOffTheirLearner_whoThenHoldsItFor24Months() {
        Answer signed = signOff(learner, practitioner, trainerId, TODAY.minusDays(2), "COMPETENT", "Observed two sessions", trainer);

        assertEquals(201, signed.status(), signed.body());
        assertTrue(signed.header("Location").orElseThrow().endsWith("/api/v1/signoffs/" + signed.json().getInt("id")));
        JsonArray held = api.get("/api/v1/people/" + learner + "/competencies", trainer).jsonArray();
        assertEquals(1, held.size());
        assertEquals(practitioner, held.getJsonObject(0).getString("code"));
        assertEquals(TODAY.minusDays(2).toString(), held.getJsonObject(0).getString("since"));
        assertEquals(TODAY.minusDays(2).plusMonths(24).toString(), held.getJsonObject(0).getString("expires"));
        assertEquals(0, api.get("/api/v1/people/" + learner + "/competencies?date=" + TODAY.minusDays(3), trainer).jsonArray().size(), "not before the sign-off date");
        assertEquals(0, api.get("/api/v1/people/" + learner + "/competencies?date=" + TODAY.minusDays(2).plusMonths(24),
                trainer).jsonArray().size(), "not on the expiry day");
    }

    @Test
    void brokenRules_are422NamingTheRule_andNothingIsRecorded() {
        Caller untrained = world.user("TRAINER");
        long untrainedId = world.personId(untrained);

        Answer future = signOff(learner, practitioner, trainerId, TODAY.plusDays(1), "COMPETENT", "Observed", trainer);
        Answer noEvidence = signOff(learner, practitioner, trainerId, TODAY, "COMPETENT", " ", trainer);
        Answer self = signOff(trainerId, practitioner, trainerId, TODAY, "COMPETENT", "Observed", Caller.ADMIN);
        Answer unknown = signOff(learner, "NO-SUCH-CODE", trainerId, TODAY, "COMPETENT", "Observed", trainer);
        Answer unauthorised = signOff(learner, practitioner, untrainedId, TODAY, "COMPETENT", "Observed", Caller.ADMIN);
        Answer outsideCohorts = signOff(world.learnerAtNorfolkSchool(), practitioner, trainerId, TODAY, "COMPETENT",
                "Observed", trainer);

        assertEquals(422, future.status());
        assertTrue(future.body().contains("is in the future"), future.body());
        assertEquals(422, noEvidence.status());
        assertTrue(noEvidence.body().contains("evidence is required"));
        assertEquals(422, self.status());
        assertTrue(self.body().contains("nobody signs off their own competency"), self.body());
        assertEquals(422, unknown.status());
        assertEquals(422, unauthorised.status());
        assertTrue(unauthorised.body().contains("does not hold a current " + world.programme() + "-T competency on " + TODAY),
                unauthorised.body());
        assertEquals(403, outsideCohorts.status(), "a trainer signs off only learners in their cohorts");
        assertEquals(0, api.get("/api/v1/people/" + learner + "/signoffs", Caller.ADMIN).jsonArray().size());
    }

    /** Evidence and revocation reasons are free text a trainer writes: a disguised identifier is refused, nothing kept. */
    @Test
    void identifiersInEvidenceOrAReason_are422NamingTheField_andNothingIsRecorded() {
        Answer evidence = signOff(learner, practitioner, trainerId, TODAY, "COMPETENT",
                "Observed a session with Oliver Smith, 7 years old, and his dad", trainer);
        long id = signOff(learner, practitioner, trainerId, TODAY.minusDays(1), "COMPETENT", "Observed two sessions",
                trainer).json().getInt("id");
        Answer reason = api.post("/api/v1/signoffs/" + id + "/revocation",
                "{\"reason\":\"Wrong child: b. April 2016, NHS 943/476/5919\"}", trainer);

        assertEquals(422, evidence.status(), evidence.body());
        assertTrue(evidence.contentType().startsWith("application/problem+json"), evidence.contentType());
        assertTrue(evidence.body().contains("\"field\":\"evidence\"")
                && evidence.body().contains("a name with an age or school year"), evidence.body());
        assertFalse(evidence.body().contains("Oliver"), "the text is never echoed");
        assertEquals(422, reason.status(), reason.body());
        assertTrue(reason.body().contains("\"field\":\"reason\"") && reason.body().contains("an NHS number"), reason.body());
        assertFalse(reason.body().contains("5919") || reason.body().contains("April"), reason.body());
        JsonArray history = api.get("/api/v1/people/" + learner + "/signoffs", Caller.ADMIN).jsonArray();
        assertEquals(1, history.size(), "only the sign-off with plain evidence");
        assertFalse(history.getJsonObject(0).containsKey("revocation") && !history.getJsonObject(0).isNull("revocation"),
                "not revoked");
        assertEquals(1, api.get("/api/v1/audit?entityType=SignOff&entityId=" + id, Caller.ADMIN).json().getInt("total"),
                "the refused revocation is not audited");
    }

    @Test
    void aRenewalWhileHeld_extendsFromTheCurrentExpiry_butOnlyOnceTheRefresherWindowOpens() {
        long veteran = world.personId(world.trainer(TODAY.minusYears(3)));
        LocalDate first = TODAY.minusMonths(22);
        assertEquals(201, signOff(learner, practitioner, veteran, first, "COMPETENT", "First", Caller.ADMIN).status());
        Answer tooEarly = signOff(learner, practitioner, veteran, first.plusMonths(6), "COMPETENT", "Again", Caller.ADMIN);

        Answer renewed = signOff(learner, practitioner, trainerId, TODAY, "COMPETENT", "Refresher observed", trainer);

        assertEquals(422, tooEarly.status(), "a double submission adds nothing");
        assertTrue(tooEarly.body().contains("renewal opens on"), tooEarly.body());
        assertEquals(201, renewed.status(), renewed.body());
        assertEquals(first.plusMonths(24).plusMonths(24).toString(), renewed.json().getString("expires"));
        JsonObject held = api.get("/api/v1/people/" + learner + "/competencies?date=" + TODAY.plusYears(2), trainer)
                .jsonArray().getJsonObject(0);
        assertEquals(first.toString(), held.getString("since"), "one unbroken holding");
    }

    @Test
    void revocation_hidesTheSignOffFromTheStart_andKeepsBothInTheHistory() {
        long id = signOff(learner, practitioner, trainerId, TODAY.minusDays(5), "COMPETENT", "Observed", trainer).json()
                .getInt("id");
        Caller otherTrainer = world.trainer(TODAY.minusYears(1));

        Answer noReason = api.post("/api/v1/signoffs/" + id + "/revocation", "{\"reason\":\"\"}", trainer);
        Answer stranger = api.post("/api/v1/signoffs/" + id + "/revocation", "{\"reason\":\"wrong person\"}", otherTrainer);
        Answer revoked = api.post("/api/v1/signoffs/" + id + "/revocation", "{\"reason\":\"signed off the wrong learner\"}",
                trainer);
        Answer again = api.post("/api/v1/signoffs/" + id + "/revocation", "{\"reason\":\"twice\"}", Caller.ADMIN);

        assertEquals(422, noReason.status());
        assertEquals(404, stranger.status(), "another trainer does not even see it");
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(409, again.status());
        assertEquals(0, api.get("/api/v1/people/" + learner + "/competencies?date=" + TODAY.minusDays(5), trainer).jsonArray().size(), "not held even on its own first day");
        JsonObject history = api.get("/api/v1/people/" + learner + "/signoffs", trainer).jsonArray().getJsonObject(0);
        assertEquals("signed off the wrong learner", history.getJsonObject("revocation").getString("reason"));
        assertEquals(2, api.get("/api/v1/audit?entityType=SignOff&entityId=" + id, Caller.ADMIN).json().getInt("total"));
    }

    @Test
    void theAssessor_readsWhatTheyRecorded_afterTheLearnerLeavesTheirCohort_andNobodyElseGainsSight() {
        long id = signOff(learner, practitioner, trainerId, TODAY.minusDays(3), "COMPETENT", "Observed", trainer).json()
                .getInt("id");
        assertEquals(200, api.post("/api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/withdrawal", "", trainer)
                .status());
        Caller otherTrainer = world.trainer(TODAY.minusYears(1));
        Caller coordinator = world.user("COORDINATOR");

        Answer own = api.get("/api/v1/signoffs/" + id, trainer);

        assertEquals(200, own.status(), "the assessor reads the sign-off they recorded");
        assertEquals(learner, own.json().getJsonNumber("personId").longValue());
        assertEquals(200, api.get("/api/v1/signoffs/" + id + "/certificate.pdf", trainer).status());
        assertEquals(404, api.get("/api/v1/signoffs/" + id, otherTrainer).status(), "another trainer still does not");
        assertEquals(404, api.get("/api/v1/people/" + learner + "/signoffs", otherTrainer).status());
        assertEquals(200, api.get("/api/v1/signoffs/" + id, coordinator).status(), "Norfolk is their area");
    }

    @Test
    void anAdministratorsExternalCertification_rootsTheCascade() {
        Caller newTrainer = world.user("TRAINER");
        long newTrainerId = world.personId(newTrainer);
        long admin = world.personId(Caller.ADMIN);

        Answer root = api.post("/api/v1/signoffs", "{\"personId\":" + newTrainerId + ",\"competencyCode\":\""
                + world.programme() + "-T\",\"assessorId\":" + admin + ",\"date\":\"" + TODAY.minusDays(1)
                + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"Accreditation certificate seen\",\"external\":true}", Caller.ADMIN);

        assertEquals(201, root.status(), root.body());
        assertTrue(root.json().getBoolean("external"));
        assertEquals(201, world.tryCohort(newTrainer, newTrainerId).status(), "now authorised to lead");
    }

    @Test
    void coordinatorsSeeCompetenciesOfPeopleInScopeOnly() {
        Caller coordinator = world.user("COORDINATOR");
        long londoner = world.learnerAtLondonSchool();

        assertEquals(200, api.get("/api/v1/people/" + learner + "/competencies", coordinator).status());
        assertEquals(404, api.get("/api/v1/people/" + londoner + "/competencies", coordinator).status());
        assertEquals(404, api.get("/api/v1/people/" + londoner + "/signoffs", coordinator).status());
        assertEquals(403, signOff(learner, practitioner, trainerId, TODAY, "COMPETENT", "Observed", coordinator).status());
    }

    private Answer signOff(long person, String competency, long assessor, LocalDate date, String outcome, String evidence,
                           Caller by) {
        return api.post("/api/v1/signoffs", "{\"personId\":" + person + ",\"competencyCode\":\"" + competency
                + "\",\"assessorId\":" + assessor + ",\"date\":\"" + date + "\",\"outcome\":\"" + outcome
                + "\",\"evidence\":\"" + evidence + "\"}", by);
    }
}

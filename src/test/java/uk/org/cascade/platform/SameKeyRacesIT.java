package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.Races;

/**
 * Ten callers create the same record at the same moment: one gets it, the other nine hear that the key is taken
 * (409 naming the field), whichever of them lost in the database rather than in the service's own check.
 */
class SameKeyRacesIT extends DeployedCascade {

    private Races races;
    private String tag;

    @BeforeEach
    void tokens() {
        races = new Races(api);
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void tenUsersWithOneEmail_oneIsCreated_nineAre409NamingTheEmail() {
        String email = "race." + tag.toLowerCase() + "@school.test";
        List<Answer> answers = races.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Rae Race\","
                + "\"password\":\"a long enough password\",\"roles\":[\"LEARNER\"]}");

        assertOneCreatedNineDuplicates(answers, "email");
    }

    @Test
    void tenPeopleWithOneEmail_oneIsCreated_nineAre409NamingTheEmail() {
        String email = "race.person." + tag.toLowerCase() + "@school.test";
        List<Answer> answers = races.post("/api/v1/people", "{\"name\":\"Rae Race\",\"email\":\"" + email + "\"}");

        assertOneCreatedNineDuplicates(answers, "email");
    }

    @Test
    void tenProgrammesWithOneCode_oneIsCreated_nineAre409NamingTheCode() {
        List<Answer> answers = races.post("/api/v1/programmes", programme("RACE-" + tag));

        assertOneCreatedNineDuplicates(answers, "code");
    }

    @Test
    void tenTeamsWithOneCode_oneIsCreated_nineAre409NamingTheCode() {
        List<Answer> answers = races.post("/api/v1/teams", "{\"code\":\"T-" + tag + "\",\"name\":\"Race team\",\"schoolUrns\":[]}");

        assertOneCreatedNineDuplicates(answers, "code");
    }

    @Test
    void tenSupervisionThemesWithOneName_oneIsCreated_nineAre409NamingTheName() {
        List<Answer> answers = races.post("/api/v1/supervision-themes", "{\"name\":\"Race theme " + tag + "\"}");

        assertOneCreatedNineDuplicates(answers, "name");
    }

    @Test
    void tenCompetenciesWithOneCode_oneIsCreated_nineAre409NamingTheCode() {
        String programme = "RACE-P-" + tag;
        Answer created = api.post("/api/v1/programmes", programme(programme), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());

        List<Answer> answers = races.post("/api/v1/competencies", "{\"code\":\"RACE-C-" + tag + "\",\"title\":\"Race\","
                + "\"level\":\"PRACTITIONER\",\"validityMonths\":24,\"programmeCode\":\"" + programme + "\"}");

        assertOneCreatedNineDuplicates(answers, "code");
    }

    private static String programme(String code) {
        return "{\"code\":\"" + code + "\",\"title\":\"Race programme\","
                + "\"modules\":[{\"title\":\"Workshop\",\"minutes\":60,\"mode\":\"LIVE_ONLINE\"}]}";
    }

    private static void assertOneCreatedNineDuplicates(List<Answer> answers, String field) {
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        String bodies = answers.stream().map(a -> a.status() + " " + a.body()).collect(Collectors.joining("\n"));
        assertEquals(Map.of(201, 1L, 409, 9L), byStatus, bodies);
        for (Answer duplicate : answers.stream().filter(a -> a.status() == 409).toList()) {
            assertTrue(duplicate.contentType().startsWith("application/problem+json"), duplicate.contentType());
            JsonObject problem = duplicate.json();
            assertEquals(409, problem.getInt("status"));
            assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), duplicate.body());
            assertFalse(duplicate.body().contains("Exception") || duplicate.body().contains("INSERT"), duplicate.body());
        }
    }
}

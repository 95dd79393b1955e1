package uk.org.cascade.organisation;

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

/** Provider teams, the schools they serve, and staff employed by a team. */
class TeamsIT extends DeployedCascade {

    @BeforeEach
    void schools() {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
    }

    @Test
    void aTeamServesSchools_andItsStaffAreSeenByCoordinatorsOfThoseSchools() {
        String code = "MHST-" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = api.post("/api/v1/teams", "{\"code\":\"" + code + "\",\"name\":\"Norwich MHST\",\"schoolUrns\":[990101,990102]}",
                Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        assertEquals(409, api.post("/api/v1/teams", "{\"code\":\"" + code + "\",\"name\":\"Again\",\"schoolUrns\":[]}",
                Caller.ADMIN).status());
        Caller norfolk = coordinator("{\"localAuthorities\":[926]}");
        Caller london = coordinator("{\"regions\":[\"London\"]}");

        JsonObject trainer = api.post("/api/v1/people", "{\"name\":\"Tia Trainer\",\"email\":\"tia." + UUID.randomUUID()
                + "@mhst.test\",\"employment\":{\"teamCode\":\"" + code + "\",\"jobTitle\":\"EMHP\",\"startDate\":\"2025-01-06\"}}",
                Caller.ADMIN).json();
        int id = trainer.getInt("id");

        assertEquals(code, trainer.getJsonArray("employments").getJsonObject(0).getString("teamCode"));
        assertEquals("Norwich MHST", trainer.getJsonArray("employments").getJsonObject(0).getString("workplace"));
        assertEquals(200, api.get("/api/v1/teams/" + code, norfolk).status());
        assertEquals(404, api.get("/api/v1/teams/" + code, london).status());
        assertEquals(200, api.get("/api/v1/people/" + id, norfolk).status(), "the team serves Norfolk schools");
        assertEquals(404, api.get("/api/v1/people/" + id, london).status());
        assertTrue(api.get("/api/v1/people?size=500", norfolk).body().contains("\"id\":" + id + ","));
        assertEquals(403, api.post("/api/v1/people/" + id + "/employments", "{\"teamCode\":\"" + code
                + "\",\"jobTitle\":\"CWP\",\"startDate\":\"2026-01-05\"}", norfolk).status(), "admins record team jobs");
    }

    @Test
    void badTeams_andStaleChanges_areRefused() {
        String code = "CAMHS-" + UUID.randomUUID().toString().substring(0, 8);
        Answer unknownSchool = api.post("/api/v1/teams", "{\"code\":\"" + code + "\",\"name\":\"X\",\"schoolUrns\":[123]}", Caller.ADMIN);
        Answer badCode = api.post("/api/v1/teams", "{\"code\":\"has spaces\",\"name\":\"X\",\"schoolUrns\":[]}", Caller.ADMIN);
        JsonObject team = api.post("/api/v1/teams", "{\"code\":\"" + code + "\",\"name\":\"CAMHS\",\"schoolUrns\":[100000]}",
                Caller.ADMIN).json();
        String change = "{\"name\":\"CAMHS East\",\"schoolUrns\":[100000,100001],\"version\":" + team.getInt("version") + "}";

        Answer withoutSchools = api.put("/api/v1/teams/" + code, "{\"name\":\"CAMHS East\",\"version\":"
                + team.getInt("version") + "}", Caller.ADMIN);
        Answer first = api.put("/api/v1/teams/" + code, change, Caller.ADMIN);
        Answer stale = api.put("/api/v1/teams/" + code, change, Caller.ADMIN);
        Answer bothPlaces = api.post("/api/v1/people", "{\"name\":\"Both\",\"email\":\"both." + UUID.randomUUID()
                + "@s.test\",\"employment\":{\"teamCode\":\"" + code + "\",\"schoolUrn\":100000,\"jobTitle\":\"X\","
                + "\"startDate\":\"2025-01-01\"}}", Caller.ADMIN);

        assertEquals(422, unknownSchool.status());
        assertTrue(unknownSchool.body().contains("there is no school with URN 123"));
        assertEquals(422, badCode.status());
        assertEquals(422, withoutSchools.status(), "leaving the schools out does not unlink them: " + withoutSchools.body());
        assertTrue(withoutSchools.body().contains("\"field\":\"schoolUrns\""), withoutSchools.body());
        assertEquals(200, first.status(), first.body());
        assertEquals("[100000,100001]", first.json().getJsonArray("schoolUrns").toString());
        assertEquals(409, stale.status());
        assertEquals(422, bothPlaces.status());
    }

    private Caller coordinator(String scope) {
        String email = "coordinator." + UUID.randomUUID() + "@la.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"C\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":" + scope + "}", Caller.ADMIN).status());
        return new Caller(email, "a long enough password");
    }
}

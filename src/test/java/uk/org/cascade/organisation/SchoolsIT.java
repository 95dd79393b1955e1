package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Coordinators of different local authorities see only their own schools; others are 404 to them. */
class SchoolsIT extends DeployedCascade {

    @BeforeEach
    void importTheSample() throws Exception {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
    }

    @Test
    void aNorfolkCoordinator_listsNorfolkSchoolsOnly() {
        Caller norfolk = coordinator("{\"localAuthorities\":[926]}");

        List<Integer> urns = urns(api.get("/api/v1/schools?size=500", norfolk).json());

        assertTrue(urns.containsAll(List.of(990101, 990102, 990103, 990104)), urns.toString());
        assertTrue(!urns.contains(100000) && !urns.contains(100001), urns.toString());
    }

    @Test
    void aLondonRegionCoordinator_seesLondon_andNorfolkIsNotFoundForThem() {
        Caller london = coordinator("{\"regions\":[\"London\"]}");

        Answer own = api.get("/api/v1/schools/100000", london);
        Answer other = api.get("/api/v1/schools/990102", london);

        assertEquals(200, own.status());
        assertEquals("The Aldgate School", own.json().getString("name"));
        assertEquals(201, own.json().getJsonObject("localAuthority").getInt("code"));
        assertEquals("London", own.json().getString("region"));
        assertEquals(404, other.status());
        assertTrue(!urns(api.get("/api/v1/schools?size=500", london).json()).contains(990102));
    }

    @Test
    void filters_narrowTheList() {
        JsonObject closed = api.get("/api/v1/schools?la=926&status=CLOSED", Caller.ADMIN).json();
        JsonObject named = api.get("/api/v1/schools?q=mary%E2%80%99s", Caller.ADMIN).json();

        assertEquals(List.of(990104), urns(closed));
        assertEquals(List.of(990102), urns(named));
        assertEquals(422, api.get("/api/v1/schools?status=SHUT", Caller.ADMIN).status());
    }

    @Test
    void aLearner_mayNotListSchools() {
        String email = "learner." + UUID.randomUUID() + "@school.test";
        api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"L\",\"password\":\"a long enough password\","
                + "\"roles\":[\"LEARNER\"]}", Caller.ADMIN);

        assertEquals(403, api.get("/api/v1/schools", new Caller(email, "a long enough password")).status());
    }

    private Caller coordinator(String scope) {
        String email = "coordinator." + UUID.randomUUID() + "@la.test";
        Answer created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"C\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":" + scope + "}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return new Caller(email, "a long enough password");
    }

    private static List<Integer> urns(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(s -> s.getInt("urn")).toList();
    }
}

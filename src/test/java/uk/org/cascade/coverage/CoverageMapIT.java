package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/**
 * GET /api/v1/coverage/map: every open school of the caller's area with its status and its WGS84 point, the
 * schools GIAS gives no grid reference listed apart, nothing beyond the caller's area, and bad input refused.
 */
class CoverageMapIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    /** Another authority, so that a Coverton coordinator has something not to see (clear of those other tests make). */
    private static final int ELSEWHERE = 891;
    /** Clear of Coverton's URNs (871,000 to about 876,000). */
    private static final AtomicInteger NEXT_URN = new AtomicInteger(8_720_000 + (int) (System.nanoTime() % 1000) * 100);

    private CoverageWorld world;

    @BeforeEach
    void world() {
        world = new CoverageWorld(api);
        CoverageWorld.sql("INSERT IGNORE INTO local_authority (code, name, region_id, version) SELECT " + ELSEWHERE
                + ", 'Elsewhere', id, 0 FROM region WHERE name = 'East of England'");
    }

    @Test
    void everyOpenSchoolOfTheArea_isOnTheMapWithItsStatus_orListedAsNotOnIt() {
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        int tower = placed(world.school("Water Tower Primary"), 651410, 313177);
        int unplaced = unplaced(world.school("Nowhere Primary"));
        int closed = placed(world.school("Shut Primary", "CLOSED", TODAY.minusDays(1)), 640000, 300000);
        long nia = world.person("Nia Trained");
        world.employ(nia, tower, TODAY.minusYears(1), null);
        world.award(nia, TODAY.minusMonths(1), TODAY.plusMonths(23));
        int elsewhere = placed(otherSchool("Far Primary"), 600000, 280000);

        Answer answer = api.get("/api/v1/coverage/map?programme=" + world.programme, coordinator);
        assertEquals(200, answer.status(), answer.body());
        JsonObject map = answer.json();
        List<JsonObject> onMap = map.getJsonArray("schools").getValuesAs(JsonObject.class);
        List<JsonObject> notOnMap = map.getJsonArray("notOnMap").getValuesAs(JsonObject.class);

        JsonObject towerRow = only(onMap, tower);
        assertEquals("COVERED", towerRow.getString("status"));
        assertEquals(1, towerRow.getInt("trainedStaff"));
        assertEquals(1, towerRow.getInt("target"));
        assertEquals("Coverton", towerRow.getJsonObject("localAuthority").getString("name"));
        // Caister Water Tower's grid reference: 52°39′28.7″N 1°42′57.8″E.
        assertEquals(52.65798, towerRow.getJsonNumber("lat").doubleValue(), 0.0001);
        assertEquals(1.71605, towerRow.getJsonNumber("lon").doubleValue(), 0.0001);

        assertEquals("NOT_STARTED", only(notOnMap, unplaced).getString("status"), "no grid reference: listed apart");
        assertFalse(urns(onMap).contains(unplaced));
        assertFalse(urns(onMap).contains(closed) || urns(notOnMap).contains(closed), "closed yesterday: not open today");
        assertFalse(urns(onMap).contains(elsewhere) || urns(notOnMap).contains(elsewhere), "another authority's school");
        assertTrue(onMap.stream().allMatch(s -> s.getJsonObject("localAuthority").getInt("code") == CoverageWorld.LA));

        // Nothing silently disappears: the map and the list name the same open schools, and the counts add up.
        Answer list = api.get("/api/v1/coverage?programme=" + world.programme + "&size=500", coordinator);
        assertEquals(200, list.status(), list.body());
        Set<Integer> listed = urns(list.json().getJsonArray("items").getValuesAs(JsonObject.class));
        Set<Integer> mapped = urns(onMap);
        mapped.addAll(urns(notOnMap));
        assertEquals(listed, mapped);
        assertEquals(listed.size(), map.getInt("total"));
        assertEquals(listed.size(), map.getJsonObject("counts").values().stream()
                .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum());
    }

    @Test
    void anAdministratorSeesAnyAuthority_aCoordinatorOnlyTheirs() {
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        int far = placed(otherSchool("Far Away Primary"), 600000, 280000);

        assertEquals(403, api.get("/api/v1/coverage/map?programme=" + world.programme + "&la=" + ELSEWHERE, coordinator)
                .status(), "an authority outside the coordinator's area");
        Answer admin = api.get("/api/v1/coverage/map?programme=" + world.programme + "&la=" + ELSEWHERE, Caller.ADMIN);
        assertEquals(200, admin.status(), admin.body());
        assertTrue(urns(admin.json().getJsonArray("schools").getValuesAs(JsonObject.class)).contains(far));

        String email = "learner." + UUID.randomUUID() + "@coverage.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Learner\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN).status());
        assertEquals(403, api.get("/api/v1/coverage/map", new Caller(email, "a long enough password")).status());
        assertEquals(401, api.get("/api/v1/coverage/map", Caller.NOBODY).status());
    }

    @Test
    void badParameters_are422_namingTheField() {
        assertProblem(api.get("/api/v1/coverage/map?programme=" + world.programme + "&date=2026-02-30", Caller.ADMIN),
                "date");
        assertProblem(api.get("/api/v1/coverage/map?programme=" + world.programme + "&la=Norfolk", Caller.ADMIN), "la");
        assertProblem(api.get("/api/v1/coverage/map?programme=" + world.programme + "&la=999", Caller.ADMIN), "la");
        assertProblem(api.get("/api/v1/coverage/map?programme=NOPE", Caller.ADMIN), "programme");
    }

    private static void assertProblem(Answer answer, String field) {
        assertEquals(422, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    }

    private static int placed(int urn, int easting, int northing) {
        CoverageWorld.update("UPDATE school SET easting = ?, northing = ? WHERE urn = ?", easting, northing, urn);
        return urn;
    }

    /** As GIAS leaves some schools: no Easting or Northing. */
    private static int unplaced(int urn) {
        CoverageWorld.update("UPDATE school SET easting = NULL, northing = NULL WHERE urn = ?", urn);
        return urn;
    }

    private static int otherSchool(String name) {
        int urn = NEXT_URN.incrementAndGet();
        CoverageWorld.update("INSERT INTO school (urn, name, la_code, phase, status, version) "
                + "VALUES (?, ?, ?, 'Primary', 'OPEN', 0)", urn, name, ELSEWHERE);
        return urn;
    }

    private static JsonObject only(List<JsonObject> schools, int urn) {
        List<JsonObject> found = schools.stream().filter(s -> s.getInt("urn") == urn).toList();
        assertEquals(1, found.size(), "school " + urn + " once in " + schools);
        return found.get(0);
    }

    private static Set<Integer> urns(List<JsonObject> schools) {
        return schools.stream().map(s -> s.getInt("urn")).collect(Collectors.toSet());
    }
}

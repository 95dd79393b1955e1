package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/**
 * Coverage through the API on past and future days: the status rule's boundary days (checked against the
 * drill-down, which applies CoverageRule in Java), movers, staff of two schools, closed schools, targets,
 * roll-ups and scope.
 */
class CoverageIT extends DeployedCascade {

    private CoverageWorld world;

    @BeforeEach
    void world() {
        world = new CoverageWorld(api);
    }

    private void expect(int urn, LocalDate day, String status) {
        assertEquals(status, world.status(urn, day), "list, school " + urn + " on " + day);
        assertEquals(status, world.detailStatus(urn, day), "drill-down, school " + urn + " on " + day);
    }

    @Test
    void expiry_atRiskWithinNinetyDays_gapOnTheExpiryDayItself_notStartedBeforeTheFirstSignOff() {
        int school = world.school("Expiry Primary");
        long jess = world.person("Jess Expiry");
        world.employ(jess, school, LocalDate.of(2023, 9, 1), null);
        world.award(jess, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1));

        expect(school, LocalDate.of(2024, 2, 29), "NOT_STARTED");
        expect(school, LocalDate.of(2025, 11, 30), "COVERED");
        expect(school, LocalDate.of(2025, 12, 1), "AT_RISK");
        expect(school, LocalDate.of(2026, 2, 28), "AT_RISK");
        expect(school, LocalDate.of(2026, 3, 1), "GAP");

        JsonObject atRisk = world.row(school, LocalDate.of(2026, 2, 28), Caller.ADMIN);
        assertEquals(1, atRisk.getInt("trainedStaff"));
        JsonObject reason = atRisk.getJsonArray("atRiskReasons").getJsonObject(0);
        assertEquals("EXPIRY", reason.getString("kind"));
        assertEquals("2026-03-01", reason.getString("date"));
        assertEquals("Jess Expiry's practitioner competency expires on 1 March 2026", reason.getString("text"));
    }

    @Test
    void leaver_endDateIsTheLastDayCounted_andOnTheHorizonDayStillCovers() {
        int school = world.school("Leaver Primary");
        long tom = world.person("Tom Leaver");
        world.employ(tom, school, LocalDate.of(2020, 1, 6), LocalDate.of(2026, 6, 30));
        world.award(tom, LocalDate.of(2025, 1, 15), null);

        expect(school, LocalDate.of(2026, 4, 1), "COVERED");
        expect(school, LocalDate.of(2026, 4, 2), "AT_RISK");
        expect(school, LocalDate.of(2026, 6, 30), "AT_RISK");
        expect(school, LocalDate.of(2026, 7, 1), "GAP");
        JsonObject reason = world.row(school, LocalDate.of(2026, 4, 2), Caller.ADMIN).getJsonArray("atRiskReasons")
                .getJsonObject(0);
        assertEquals("LEAVING", reason.getString("kind"));
        assertEquals("2026-06-30", reason.getString("date"));
    }

    @Test
    void futureDate_leapDayExpiryIsWithinTheHorizon_theFirstOfMarchIsNot() {
        int leap = world.school("Leap Day Primary");
        int march = world.school("First of March Primary");
        long amy = world.person("Amy Leap");
        long ben = world.person("Ben March");
        world.employ(amy, leap, LocalDate.of(2024, 9, 1), null);
        world.employ(ben, march, LocalDate.of(2024, 9, 1), null);
        world.award(amy, LocalDate.of(2026, 2, 28), LocalDate.of(2028, 2, 29));
        world.award(ben, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1));

        expect(leap, LocalDate.of(2027, 12, 1), "AT_RISK");
        expect(march, LocalDate.of(2027, 12, 1), "COVERED");
    }

    @Test
    void aRenewalAlreadyRecorded_keepsTheSchoolCovered() {
        int school = world.school("Renewed Primary");
        long sam = world.person("Sam Renewed");
        world.employ(sam, school, LocalDate.of(2022, 9, 1), null);
        world.award(sam, LocalDate.of(2024, 5, 1), LocalDate.of(2026, 5, 1));
        world.award(sam, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 1), LocalDate.of(2028, 5, 1));

        expect(school, LocalDate.of(2026, 3, 9), "AT_RISK");
        expect(school, LocalDate.of(2026, 3, 10), "COVERED");
    }

    @Test
    void aMoverCountsForTheNewSchoolFromTheirFirstDay_andStaffOfTwoSchoolsCountForBoth() {
        int from = world.school("Old School");
        int to = world.school("New School");
        long lena = world.person("Lena Mover");
        world.employ(lena, from, LocalDate.of(2023, 9, 1), LocalDate.of(2026, 1, 31));
        world.employ(lena, to, LocalDate.of(2026, 2, 1), null);
        world.award(lena, LocalDate.of(2024, 6, 1), LocalDate.of(2028, 6, 1));

        expect(from, LocalDate.of(2026, 1, 31), "AT_RISK");
        expect(to, LocalDate.of(2026, 1, 31), "NOT_STARTED");
        expect(from, LocalDate.of(2026, 2, 1), "GAP");
        expect(to, LocalDate.of(2026, 2, 1), "COVERED");

        int first = world.school("Federation North");
        int second = world.school("Federation South");
        long kit = world.person("Kit Twoschools");
        world.employ(kit, first, LocalDate.of(2024, 9, 1), null);
        world.employ(kit, second, LocalDate.of(2024, 9, 1), null);
        world.award(kit, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10));
        expect(first, LocalDate.of(2025, 6, 1), "COVERED");
        expect(second, LocalDate.of(2025, 6, 1), "COVERED");
    }

    @Test
    void aSchoolCountsUntilItsCloseDate_andOneProposedToOpenNotYet() {
        int closing = world.school("Closing Primary", "CLOSED", LocalDate.of(2026, 5, 1));
        int proposed = world.school("Proposed Primary", "PROPOSED", null);
        long ali = world.person("Ali Closing");
        world.employ(ali, closing, LocalDate.of(2023, 9, 1), null);
        world.award(ali, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10));

        assertEquals("COVERED", world.status(closing, LocalDate.of(2026, 1, 30)));
        assertEquals("ABSENT", world.status(closing, LocalDate.of(2026, 5, 1)));
        assertEquals("ABSENT", world.status(proposed, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void targets_aLocalAuthorityTargetOfTwoMakesOneTrainedPersonAGap_aSchoolCanSetItsOwn() {
        LocalDate day = LocalDate.of(2026, 1, 15);
        int one = world.school("One Trained Primary");
        int two = world.school("Two Trained Primary");
        for (int i = 0; i < 3; i++) {
            long p = world.person("Staff " + i);
            world.employ(p, i == 0 ? one : two, LocalDate.of(2023, 9, 1), null);
            world.award(p, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10));
        }
        assertTrue(world.row(two, day, Caller.ADMIN).getBoolean("resilient"));
        assertEquals(false, world.row(one, day, Caller.ADMIN).getBoolean("resilient"));

        Caller coordinator = coordinatorOf(CoverageWorld.LA);
        long laVersion = laVersion();
        Answer stale = api.put("/api/v1/coverage/targets/local-authorities/" + CoverageWorld.LA,
                "{\"target\":2,\"version\":" + (laVersion + 7) + "}", coordinator);
        assertEquals(409, stale.status(), stale.body());
        Answer tooMany = api.put("/api/v1/coverage/targets/local-authorities/" + CoverageWorld.LA,
                "{\"target\":11,\"version\":" + laVersion + "}", coordinator);
        assertEquals(422, tooMany.status(), tooMany.body());
        assertTrue(tooMany.body().contains("\"target\""), tooMany.body());
        Answer set = api.put("/api/v1/coverage/targets/local-authorities/" + CoverageWorld.LA,
                "{\"target\":2,\"version\":" + laVersion + "}", coordinator);
        assertEquals(200, set.status(), set.body());
        try {
            assertEquals("GAP", world.status(one, day));
            assertEquals("COVERED", world.status(two, day));
            assertEquals(2, world.row(one, day, Caller.ADMIN).getInt("target"));

            long version = api.get("/api/v1/coverage/schools/" + one + "?programme=" + world.programme, Caller.ADMIN)
                    .json().getJsonNumber("version").longValue();
            Answer own = api.put("/api/v1/coverage/targets/schools/" + one, "{\"target\":1,\"version\":" + version + "}",
                    coordinator);
            assertEquals(200, own.status(), own.body());
            assertEquals("COVERED", world.status(one, day));

            Answer outside = api.put("/api/v1/coverage/targets/local-authorities/926", "{\"target\":3,\"version\":0}",
                    coordinator);
            assertEquals(404, outside.status(), outside.body());
        } finally {
            CoverageWorld.sql("UPDATE local_authority SET coverage_target = NULL WHERE code = " + CoverageWorld.LA);
        }
    }

    @Test
    void aSchoolTarget_isSetAndClearedWithItsVersion_andABodyWithoutTargetChangesNothing() {
        int school = world.school("Own Target Primary");
        Caller coordinator = coordinatorOf(CoverageWorld.LA);
        String path = "/api/v1/coverage/targets/schools/" + school;
        long version = ownTarget(school).getJsonNumber("version").longValue();

        Answer missing = api.put(path, "{\"version\":" + version + "}", coordinator);
        assertEquals(422, missing.status(), missing.body());
        assertTrue(missing.body().contains("\"field\":\"target\""), missing.body());
        Answer zero = api.put(path, "{\"target\":0,\"version\":" + version + "}", coordinator);
        assertEquals(422, zero.status(), zero.body());
        assertTrue(zero.body().contains("\"field\":\"target\""), zero.body());
        Answer text = api.put(path, "{\"target\":\"two\",\"version\":" + version + "}", coordinator);
        assertEquals(422, text.status(), text.body());
        Answer stale = api.put(path, "{\"target\":3,\"version\":" + (version + 1) + "}", coordinator);
        assertEquals(409, stale.status(), stale.body());
        Answer outside = api.put(path, "{\"target\":3,\"version\":" + version + "}", coordinatorOf(926));
        assertEquals(404, outside.status(), "another area's school: " + outside.body());
        assertTrue(ownTarget(school).isNull("ownTarget"), "nothing above changed it");

        Answer set = api.put(path, "{\"target\":3,\"version\":" + version + "}", coordinator);
        assertEquals(200, set.status(), set.body());
        assertEquals(3, set.json().getInt("target"));
        assertEquals(3, ownTarget(school).getInt("ownTarget"));
        assertEquals(3, ownTarget(school).getInt("target"));
        Answer inherit = api.put(path, "{\"target\":null,\"version\":" + set.json().getJsonNumber("version") + "}",
                coordinator);
        assertEquals(200, inherit.status(), inherit.body());
        assertTrue(ownTarget(school).isNull("ownTarget"), "inherits its local authority's again");
    }

    private JsonObject ownTarget(int school) {
        Answer drill = api.get("/api/v1/coverage/schools/" + school + "?programme=" + world.programme, Caller.ADMIN);
        assertEquals(200, drill.status(), drill.body());
        return drill.json();
    }

    @Test
    void summary_countsEachStatusPerGroup_asTheListDoes() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        int covered = world.school("Summary Covered");
        world.school("Summary Not Started");
        long p = world.person("Summary Person");
        world.employ(p, covered, LocalDate.of(2023, 9, 1), null);
        world.award(p, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10));

        Answer summary = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&groupBy=la&la="
                + CoverageWorld.LA + "&date=" + day, Caller.ADMIN);
        assertEquals(200, summary.status(), summary.body());
        JsonObject group = summary.json().getJsonArray("groups").getJsonObject(0);
        assertEquals(String.valueOf(CoverageWorld.LA), group.getString("key"));
        assertEquals("Coverton", group.getString("label"));
        Answer list = api.get("/api/v1/coverage?programme=" + world.programme + "&la=" + CoverageWorld.LA + "&date="
                + day + "&size=500", Caller.ADMIN);
        Map<String, Long> fromList = new java.util.TreeMap<>();
        list.json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(r -> fromList.merge(r.getString("status"), 1L, Long::sum));
        for (String status : List.of("COVERED", "AT_RISK", "GAP", "NOT_STARTED")) {
            assertEquals(fromList.getOrDefault(status, 0L).longValue(), group.getJsonObject("counts")
                    .getJsonNumber(status).longValue(), status);
        }
        assertEquals(list.json().getJsonNumber("total").longValue(), group.getJsonNumber("schools").longValue());
        assertTrue(group.getJsonObject("counts").getJsonNumber("COVERED").longValue() >= 1);

        Answer byDecile = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&groupBy=imdDecile&la="
                + CoverageWorld.LA + "&date=" + day, Caller.ADMIN);
        assertEquals("Decile 2", byDecile.json().getJsonArray("groups").getJsonObject(0).getString("label"));
        Answer onlyGaps = api.get("/api/v1/coverage?programme=" + world.programme + "&la=" + CoverageWorld.LA
                + "&status=COVERED&date=" + day, Caller.ADMIN);
        assertTrue(onlyGaps.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("status").equals("COVERED")));
    }

    @Test
    void scope_aCoordinatorSeesTheirAreaOnly_learnersNothing_badParametersAre422() {
        Caller norfolk = coordinatorOf(926);
        Answer mine = api.get("/api/v1/coverage?programme=" + world.programme + "&size=500", norfolk);
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getJsonObject("localAuthority").getInt("code") == 926), mine.body());
        assertEquals(403, api.get("/api/v1/coverage?programme=" + world.programme + "&la=" + CoverageWorld.LA, norfolk)
                .status());
        int school = world.school("Hidden Primary");
        assertEquals(404, api.get("/api/v1/coverage/schools/" + school + "?programme=" + world.programme, norfolk)
                .status());
        Caller learner = learner();
        assertEquals(403, api.get("/api/v1/coverage?programme=" + world.programme, learner).status());
        assertEquals(401, api.get("/api/v1/coverage", Caller.NOBODY).status());

        Answer badDate = api.get("/api/v1/coverage?programme=" + world.programme + "&date=2026-02-30", Caller.ADMIN);
        assertEquals(422, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("\"date\""), badDate.body());
        assertEquals(422, api.get("/api/v1/coverage/summary?programme=" + world.programme + "&groupBy=postcode",
                Caller.ADMIN).status());
        assertEquals(422, api.get("/api/v1/coverage?programme=NOPE", Caller.ADMIN).status());
        assertEquals(422, api.get("/api/v1/coverage?programme=" + world.programme + "&status=FINE", Caller.ADMIN)
                .status());
    }

    @Test
    void export_writesEveryRowTheListShows() {
        int school = world.school("Export Primary");
        Answer csv = api.get("/api/v1/coverage/export?programme=" + world.programme + "&la=" + CoverageWorld.LA
                + "&format=csv", Caller.ADMIN);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains(school + ",Export Primary,871,Coverton"), csv.body());
        assertEquals(422, api.get("/api/v1/coverage/export?programme=" + world.programme + "&format=pdf", Caller.ADMIN)
                .status());
    }

    @Test
    void theOverview_agreesWithTheRuleOnPastAndFutureDays_andListsGapsBeforeTheSoonestLoss() {
        int expiry = world.school("Overview Expiry");
        int leaver = world.school("Overview Leaver");
        int lost = world.school("Overview Lost");
        int never = world.school("Overview Never");
        long jess = world.person("Jess Overview");
        long tom = world.person("Tom Overview");
        long pat = world.person("Pat Overview");
        world.employ(jess, expiry, LocalDate.of(2023, 9, 1), null);
        world.award(jess, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1));
        world.employ(tom, leaver, LocalDate.of(2020, 1, 6), LocalDate.of(2026, 6, 30));
        world.award(tom, LocalDate.of(2025, 1, 15), null);
        world.employ(pat, lost, LocalDate.of(2022, 1, 4), LocalDate.of(2025, 12, 31));
        world.award(pat, LocalDate.of(2024, 1, 10), LocalDate.of(2028, 1, 10));
        Caller coordinator = coordinatorOf(CoverageWorld.LA);

        for (LocalDate day : List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 1))) {
            JsonObject overview = overview(day, coordinator);
            Map<Integer, String> needsAttention = new java.util.HashMap<>();
            overview.getJsonObject("attention").getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(a -> needsAttention.put(a.getInt("urn"), a.getString("status")));
            for (int school : List.of(expiry, leaver, lost, never)) {
                String rule = world.detailStatus(school, day);
                boolean attention = rule.equals("GAP") || rule.equals("AT_RISK");
                assertEquals(attention ? rule : null, needsAttention.get(school), "school " + school + " on " + day);
            }
            // Its counts are the SQL aggregate's: the view's Java sums agree with the summary's GROUP BY.
            JsonObject summary = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&groupBy=la&la="
                    + CoverageWorld.LA + "&date=" + day, coordinator).json();
            assertEquals(summary.getJsonObject("totals"), overview.getJsonObject("counts"), "on " + day);
            assertEquals(summary.getJsonNumber("schools").longValue(), overview.getJsonNumber("schools").longValue());
        }

        JsonObject april = overview(LocalDate.of(2026, 4, 15), coordinator);
        List<JsonObject> items = april.getJsonObject("attention").getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(expiry, lost, leaver), items.stream().map(a -> a.getInt("urn"))
                .filter(u -> u == expiry || u == lost || u == leaver).toList(), "gaps by name, then the one at risk");
        JsonObject atRisk = items.stream().filter(a -> a.getInt("urn") == leaver).findFirst().orElseThrow();
        assertEquals("2026-07-01", atRisk.getString("losesCoverOn"), "the day after Tom's last day");
        assertEquals("LEAVING", atRisk.getJsonArray("atRiskReasons").getJsonObject(0).getString("kind"));
        JsonObject firstPage = api.get("/api/v1/coverage/overview?programme=" + world.programme + "&date=2026-04-15&size=1",
                coordinator).json().getJsonObject("attention");
        assertEquals(1, firstPage.getJsonArray("items").size());
        assertTrue(firstPage.getJsonNumber("total").longValue() >= 3, firstPage.toString());

        assertEquals(403, api.get("/api/v1/coverage/overview?programme=" + world.programme + "&la=" + CoverageWorld.LA,
                coordinatorOf(926)).status());
        assertEquals(401, api.get("/api/v1/coverage/overview", Caller.NOBODY).status());
        Answer badDate = api.get("/api/v1/coverage/overview?programme=" + world.programme + "&date=2026-13-01",
                Caller.ADMIN);
        assertEquals(422, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("\"date\""), badDate.body());
    }

    private JsonObject overview(LocalDate day, Caller caller) {
        Answer a = api.get("/api/v1/coverage/overview?programme=" + world.programme + "&la=" + CoverageWorld.LA
                + "&date=" + day + "&size=500", caller);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void theSchoolRecordCountsTrainedStaffPerProgramme() {
        int school = world.school("Record Primary");
        long p = world.person("Record Person");
        world.employ(p, school, LocalDate.of(2023, 9, 1), null);
        world.award(p, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(23));
        JsonObject record = api.get("/api/v1/schools/" + school, Caller.ADMIN).json();
        assertEquals(1, record.getJsonObject("trainedStaff").getInt(world.programme));
        assertNull(api.get("/api/v1/schools/" + world.school("Empty Record Primary"), Caller.ADMIN).json()
                .getJsonObject("trainedStaff").get(world.programme));
    }

    private Caller coordinatorOf(int la) {
        return world.coordinatorOf(la);
    }

    private Caller learner() {
        String email = "learner." + java.util.UUID.randomUUID() + "@coverage.test";
        assertEquals(201, api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Learner\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN).status());
        return new Caller(email, "a long enough password");
    }

    private static long laVersion() {
        try (var db = uk.org.cascade.it.TestDatabase.connect(); var s = db.createStatement();
             var rs = s.executeQuery("SELECT version FROM local_authority WHERE code = " + CoverageWorld.LA)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/**
 * A local authority's one-page PDF summary, downloaded as a coordinator would and read back with PDFBox: its
 * figures against the coverage API's for today and in 90 days, the trend against the snapshots, the at-risk schools
 * most urgent first without staff names, the refresher places against the demand API; one page however many
 * schools are at risk; 404 beyond the caller's area and 422 for bad input.
 */
class LocalAuthoritySummaryIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Local authorities of these tests' own, so that their lists hold only the schools made here. */
    private static final AtomicInteger NEXT_LA = new AtomicInteger(872);
    private static final AtomicInteger NEXT_URN = new AtomicInteger(880_000 + (int) (System.nanoTime() % 500) * 10);

    private CoverageWorld world;
    private String refresher;

    @BeforeEach
    void world() {
        world = new CoverageWorld(api);
        // The practitioner competency is renewed by a refresher programme of its own, so that places are counted
        refresher = "RS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Answer created = api.post("/api/v1/programmes", "{\"code\":\"" + refresher + "\",\"title\":\"Refresher "
                + refresher + "\",\"modules\":[{\"title\":\"Recap\",\"minutes\":60,\"mode\":\"LIVE_ONLINE\"}]}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        CoverageWorld.update("UPDATE competency SET refresher_programme_id = (SELECT id FROM programme WHERE code = ?) "
                + "WHERE id = ?", refresher, world.practitioner);
    }

    private static int localAuthority(String name) {
        int code = NEXT_LA.getAndIncrement();
        CoverageWorld.update("INSERT INTO local_authority (code, name, region_id, version) SELECT ?, ?, id, 0 FROM region "
                + "WHERE name = 'East of England'", code, name);
        return code;
    }

    private static int school(int la, String name) {
        int urn = NEXT_URN.incrementAndGet();
        CoverageWorld.update("INSERT INTO school (urn, name, la_code, phase, status, urban_rural, imd_decile, version) "
                + "VALUES (?, ?, ?, 'Primary', 'OPEN', 'Rural village', 3, 0)", urn, name, la);
        return urn;
    }

    /** Someone trained at {@code urn} since two years ago, until {@code expires} (exclusive; null: never). */
    private long trained(String name, int urn, LocalDate lastDay, LocalDate expires) {
        long person = world.person(name);
        world.employ(person, urn, TODAY.minusYears(3), lastDay);
        world.award(person, TODAY.minusYears(2), expires);
        return person;
    }

    private HttpResponse<byte[]> download(String path, Caller caller) {
        return api.exchange(HttpRequest.newBuilder(api.uri(path)).GET(), caller, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private JsonObject totals(int la, LocalDate day, Caller caller) {
        Answer summary = api.get("/api/v1/coverage/summary?programme=" + world.programme + "&la=" + la + "&date=" + day,
                caller);
        assertEquals(200, summary.status(), summary.body());
        return summary.json().getJsonObject("totals");
    }

    /** The row of the page's "Schools in cover" table: its figure today and in 90 days. */
    private static long[] row(String text, String label) {
        Matcher m = Pattern.compile("(?m)^" + label + " (\\d+) (\\d+)$").matcher(text);
        assertTrue(m.find(), label + " row in: " + text);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void aCoordinator_downloadsTheirAuthoritysPage_withTheApisFigures_theAtRiskSchoolsUnnamedStaff_andRefresherPlaces()
            throws IOException {
        int la = localAuthority("Summerton");
        int covered = school(la, "Oakfield Primary");
        int expiring = school(la, "Brook Lane Primary");
        int leaving = school(la, "Church Street Infant");
        int lapsed = school(la, "Hill Top Academy");
        int later = school(la, "Willow Bank Primary");
        school(la, "Meadow School");
        trained("Olive Oakfield", covered, null, TODAY.plusYears(2));
        trained("Bea Brook", expiring, null, TODAY.plusDays(30));
        trained("Chris Church", leaving, TODAY.plusDays(45), null);
        trained("Hal Hill", lapsed, null, TODAY.minusDays(10));
        trained("Wren Willow", later, null, TODAY.plusDays(150));
        Caller coordinator = world.coordinatorOf(la);
        assertEquals(200, api.post("/api/v1/coverage/snapshots", "{}", Caller.ADMIN).status());

        HttpResponse<byte[]> pdf = download("/api/v1/coverage/local-authorities/" + la + "/summary.pdf?programme="
                + world.programme, coordinator);

        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Summerton coverage summary " + TODAY + ".pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        String text = text(pdf.body());
        assertTrue(text.startsWith("Summerton\nCoverage " + world.programme + "\nCoverage as at " + DAY.format(TODAY)), text);

        JsonObject today = totals(la, TODAY, coordinator);
        JsonObject in90 = totals(la, TODAY.plusDays(90), coordinator);
        assertEquals(2, today.getInt("AT_RISK"), "the world is as built: " + today);
        assertEquals(3, in90.getInt("GAP"), "the world is as built: " + in90);
        String[][] rows = {{"Covered", "COVERED"}, {"At risk", "AT_RISK"}, {"Gap", "GAP"}, {"Not started", "NOT_STARTED"}};
        long total = 0;
        for (String[] r : rows) {
            long[] figures = row(text, r[0]);
            assertEquals(today.getInt(r[1]), figures[0], r[0] + " today");
            assertEquals(in90.getInt(r[1]), figures[1], r[0] + " in 90 days");
            total += figures[0];
        }
        assertEquals(6, total);
        assertArrayEquals(new long[] {6, 6}, row(text, "Open schools"));
        long inCover = today.getInt("COVERED") + today.getInt("AT_RISK");
        long inCoverLater = in90.getInt("COVERED") + in90.getInt("AT_RISK");
        assertTrue(text.contains("In cover " + Math.round(100.0 * inCover / 6) + "% (" + inCover + " of 6 schools) "
                + Math.round(100.0 * inCoverLater / 6) + "% (" + inCoverLater + " of 6 schools)"), text);

        // Most urgent first, with when each loses cover and why, naming nobody
        String flat = text.replaceAll("\\s+", " ");
        int brook = flat.indexOf("Brook Lane Primary " + DAY.format(TODAY.plusDays(30))
                + " One trained member of staff's competency expires on " + DAY.format(TODAY.plusDays(30)));
        int church = flat.indexOf("Church Street Infant " + DAY.format(TODAY.plusDays(46))
                + " One trained member of staff leaves, their last day " + DAY.format(TODAY.plusDays(45)));
        assertTrue(brook > 0 && church > brook, flat);
        assertFalse(text.contains("more at-risk"), text);
        for (String name : List.of("Olive", "Bea Brook", "Chris", "Hal Hill", "Wren", "Cora Ordinator")) {
            assertFalse(text.contains(name), name + " is not named: " + text);
        }

        // The trend is the snapshots': twelve months, the same counts
        Answer trend = api.get("/api/v1/coverage/trend?programme=" + world.programme + "&la=" + la, coordinator);
        assertEquals(200, trend.status(), trend.body());
        List<JsonObject> months = trend.json().getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(12, months.size(), trend.body());
        for (String[] r : rows) {
            List<String> expected = new ArrayList<>();
            months.forEach(m -> expected.add(String.valueOf(m.getJsonNumber(r[1]).longValue())));
            assertTrue(text.contains("\n" + r[0] + " " + String.join(" ", expected) + "\n"), r[0] + " by month "
                    + expected + " in: " + text);
        }

        // Refresher places as the demand API counts them: Bea's window is open, Wren's opens within the year
        Answer demand = api.get("/api/v1/refresher/demand?la=" + la, coordinator);
        assertEquals(200, demand.status(), demand.body());
        long places = demand.json().getJsonArray("demand").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("programmeCode").equals(refresher)).mapToLong(d -> d.getJsonNumber("places")
                        .longValue()).sum();
        assertEquals(2, places, demand.body());
        assertTrue(text.contains(places + " places on Refresher " + refresher + ", for trained staff in Summerton"), text);

        // The dashboard's link works in a signed-in browser session as it does with the API's credentials
        PageSession session = PageSession.signIn(api, coordinator);
        Answer fromPage = session.getJson("/api/v1/coverage/local-authorities/" + la + "/summary.pdf?programme="
                + world.programme + "&date=" + TODAY);
        assertEquals(200, fromPage.status(), fromPage.body());
        assertEquals("application/pdf", fromPage.contentType());
        assertTrue(fromPage.body().startsWith("%PDF-"), "a PDF");
    }

    @Test
    void manyAtRiskSchools_stayOnOnePage_mostUrgentFirst_andTheRestAreCounted() throws IOException {
        int la = localAuthority("Manyfold");
        List<long[]> people = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            long person = world.person("Staff " + p);
            world.award(person, TODAY.minusYears(2), TODAY.plusDays(20 + 15 * p));
            people.add(new long[] {person});
        }
        for (int i = 1; i <= 60; i++) {
            // Four people cover fifteen schools each, so each school's cover goes with one expiry
            int urn = school(la, String.format("St Mary and St John Church of England Voluntary Aided Primary School %02d", i));
            world.employ(people.get((i - 1) % 4)[0], urn, TODAY.minusYears(3), null);
        }
        Caller coordinator = world.coordinatorOf(la);

        HttpResponse<byte[]> pdf = download("/api/v1/coverage/local-authorities/" + la + "/summary.pdf?programme="
                + world.programme + "&date=" + TODAY, coordinator);

        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        String text = text(pdf.body());
        assertEquals(60, totals(la, TODAY, coordinator).getInt("AT_RISK"));
        // The columns interleave where a name wraps: read the names and the dates in page order
        Matcher names = Pattern.compile("Primary School (\\d\\d)").matcher(text);
        List<Integer> schools = new ArrayList<>();
        while (names.find()) {
            schools.add(Integer.parseInt(names.group(1)));
        }
        Matcher dates = Pattern.compile("(\\d+ \\w+ \\d{4}) One trained member").matcher(text);
        int rows = 0;
        while (dates.find()) {
            assertEquals(DAY.format(TODAY.plusDays(20)), dates.group(1), "the earliest losses come first: " + text);
            rows++;
        }
        assertEquals(schools.size(), rows, text);
        assertTrue(schools.size() >= 3, "several fit: " + text);
        assertEquals(schools.stream().sorted().toList(), schools, "then by name");
        assertTrue(text.contains("and " + (60 - schools.size()) + " more at-risk schools: the coverage dashboard lists "
                + "them all."), text);
        assertTrue(text.contains("Refresher places needed in the next 12 months"), text);
        assertTrue(text.contains("Generated on"), text);
    }

    @Test
    void outsideTheCallersArea_isNotFound_badInputIsNamed_andOnlyCoordinatorsAndAdministratorsMayAsk() {
        int la = localAuthority("Elsewhere");
        Caller coordinator = world.coordinatorOf(la);
        String programme = "?programme=" + world.programme;

        for (String code : List.of(String.valueOf(CoverageWorld.LA), "999", "abc")) {
            Answer other = api.get("/api/v1/coverage/local-authorities/" + code + "/summary.pdf" + programme, coordinator);
            assertEquals(404, other.status(), code + ": " + other.body());
            assertEquals("application/problem+json", other.contentType(), other.body());
        }
        assertEquals(200, download("/api/v1/coverage/local-authorities/" + CoverageWorld.LA + "/summary.pdf" + programme,
                Caller.ADMIN).statusCode(), "administrators see every local authority");

        String path = "/api/v1/coverage/local-authorities/" + la + "/summary.pdf";
        for (String[] bad : List.of(new String[] {"?date=2026-13-01", "date"}, new String[] {"?date=tomorrow", "date"},
                new String[] {"?date=9999-12-31", "date"}, new String[] {"?programme=NO-SUCH", "programme"},
                new String[] {"?programme=" + refresher, "programme"})) {
            Answer answer = api.get(path + bad[0], coordinator);
            assertEquals(422, answer.status(), bad[0] + ": " + answer.body());
            assertEquals(bad[1], answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
        }
        assertEquals(401, api.get(path + programme, Caller.NOBODY).status());
        Caller trainer = trainer();
        assertEquals(403, api.get(path + programme, trainer).status());
    }

    private Caller trainer() {
        String email = "trainer." + UUID.randomUUID() + "@summary.test";
        Answer a = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Tara Trainer\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"TRAINER\"]}", Caller.ADMIN);
        assertEquals(201, a.status(), a.body());
        return new Caller(email, "a long enough password");
    }

    private static void assertArrayEquals(long[] expected, long[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}

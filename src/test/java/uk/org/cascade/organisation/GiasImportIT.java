package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** The GIAS import through the API, against MariaDB: all or nothing, idempotent, a dry run changes nothing. */
class GiasImportIT extends DeployedCascade {

    private static final String HEADER = "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentName\","
            + "\"TypeOfEstablishment (name)\",\"EstablishmentStatus (name)\",\"CloseDate\",\"PhaseOfEducation (name)\","
            + "\"Postcode\",\"GOR (name)\",\"UrbanRural (name)\",\"Easting\",\"Northing\",\"LSOA (code)\"";

    @Test
    void theRealSample_importsWithItsNamesStatusesAndRegions_andAgainChangesNothing() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("src/test/resources/gias/gias-sample.csv"));

        JsonObject first = post(sample, false);
        JsonObject again = post(sample, false);

        assertEquals(6, first.getInt("created") + first.getInt("updated") + first.getInt("unchanged"));
        assertEquals("St Mary’s Church of England VA Primary School", column("SELECT name FROM school WHERE urn = 990102"));
        assertEquals("CLOSED 2024-08-31", column("SELECT CONCAT(status, ' ', close_date) FROM school WHERE urn = 990104"));
        assertEquals("London", column("SELECT r.name FROM school s JOIN local_authority l ON l.code = s.la_code "
                + "JOIN region r ON r.id = l.region_id WHERE s.urn = 100000"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(6, again.getInt("unchanged"));
        assertEquals(0, again.getJsonArray("rejected").size());
    }

    @Test
    void aDryRun_reportsWhatWouldChange_andChangesNothing() throws Exception {
        int urn = freshUrn();

        JsonObject dry = post(file(row(urn, "Dry Run Primary", "Open", "")), true);

        assertEquals(1, dry.getInt("created"));
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals("0", column("SELECT COUNT(*) FROM school WHERE urn = " + urn));
    }

    @Test
    void oneBadRow_refusesTheWholeFile_listingEveryBadLine_andChangesNothing() throws Exception {
        int urn = freshUrn();
        post(file(row(urn, "Before Primary", "Open", "")), false);
        long audits = Long.parseLong(column("SELECT COUNT(*) FROM audit_event"));

        Answer refused = send(file(
                row(urn, "Renamed Primary", "Open", ""),
                row(urn + 1, "New Primary", "Open", ""),
                row(urn + 2, "", "Open", ""),
                row(urn + 3, "Bad Date Primary", "Closed", "31-02-2025")), false);

        assertEquals(422, refused.status(), refused.body());
        String body = refused.body();
        assertTrue(body.contains("\"line\":4") && body.contains("EstablishmentName is empty"), body);
        assertTrue(body.contains("\"line\":5") && body.contains("'31-02-2025' is not a date"), body);
        assertEquals("Before Primary", column("SELECT name FROM school WHERE urn = " + urn));
        assertEquals("0", column("SELECT COUNT(*) FROM school WHERE urn = " + (urn + 1)));
        assertEquals(audits, Long.parseLong(column("SELECT COUNT(*) FROM audit_event")));
    }

    @Test
    void aLaterFile_updatesAndClosesSchools_andKeepsThoseItNoLongerLists() throws Exception {
        int urn = freshUrn();
        post(file(row(urn, "Stays Primary", "Open", ""), row(urn + 1, "Closing Primary", "Open", "")), false);

        JsonObject later = post(file(row(urn + 1, "Closing Primary", "Closed", "31-08-2026")), false);

        assertEquals(1, later.getInt("updated"));
        assertEquals(1, later.getInt("closed"));
        assertEquals("Stays Primary", column("SELECT name FROM school WHERE urn = " + urn));
        assertEquals("CLOSED", column("SELECT status FROM school WHERE urn = " + (urn + 1)));
    }

    @Test
    void aFileWithoutTheGiasColumns_isOneClearError() throws Exception {
        Answer refused = send("name,address\nA,B\n".getBytes(Charset.forName("windows-1252")), false);

        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("missing columns: URN, EstablishmentName"), refused.body());
    }

    @Test
    void onlyAdministrators_mayImport() throws Exception {
        Answer anonymous = api.postCsv("/api/v1/imports/gias", file(row(freshUrn(), "X", "Open", "")), Caller.NOBODY);

        assertEquals(401, anonymous.status());
    }

    private JsonObject post(byte[] csv, boolean dryRun) {
        Answer answer = send(csv, dryRun);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private Answer send(byte[] csv, boolean dryRun) {
        return api.postCsv("/api/v1/imports/gias?dryRun=" + dryRun, csv, Caller.ADMIN);
    }

    /** URNs far from the sample's and from each other test's. */
    private static int freshUrn() {
        return 500000 + ThreadLocalRandom.current().nextInt(40000) * 10;
    }

    private static String row(int urn, String name, String status, String closeDate) {
        return String.join(",", q(String.valueOf(urn)), q("935"), q("Suffolk"), q(name), q("Community school"), q(status),
                q(closeDate), q("Primary"), q("IP1 1AA"), q("East of England"), q("(England/Wales) Rural village"),
                q("616000"), q("244000"), q("E01029869"));
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }

    private static byte[] file(String... rows) {
        return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(Charset.forName("windows-1252"));
    }

    private static String column(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** Deprivation deciles reach schools through their LSOA; a bad file changes nothing. */
class ImdImportIT extends DeployedCascade {

    private static final String DECILE = "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)";

    @Test
    void decilesReachSchoolsThroughTheirLsoa_andABadFileChangesNothing() throws Exception {
        int urn = 400000 + ThreadLocalRandom.current().nextInt(10000) * 10;
        String lsoa = "E01" + (100000 + ThreadLocalRandom.current().nextInt(800000));
        assertEquals(200, send("gias", ("\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentName\",\"TypeOfEstablishment (name)\","
                + "\"EstablishmentStatus (name)\",\"CloseDate\",\"PhaseOfEducation (name)\",\"Postcode\",\"GOR (name)\","
                + "\"UrbanRural (name)\",\"Easting\",\"Northing\",\"LSOA (code)\"\n"
                + urn + ",926,Norfolk,Deprived Primary,Community school,Open,,Primary,NR1 1AA,East of England,"
                + "(England/Wales) Rural village,623000,308000," + lsoa + "\n")).status());

        Answer imported = send("imd", "\"LSOA code (2021)\",\"" + DECILE + "\"\n" + lsoa + ",2\n");
        Answer refused = send("imd", "\"LSOA code (2021)\",\"" + DECILE + "\"\n" + lsoa + ",7\nE01X,0\n");

        assertEquals(200, imported.status(), imported.body());
        assertEquals(true, imported.body().contains("\"schoolsUpdated\":1"), imported.body());
        assertEquals(422, refused.status(), refused.body());
        assertEquals(2, decileOf(urn));
    }

    private Answer send(String kind, String csv) {
        return api.postCsv("/api/v1/imports/" + kind, csv.getBytes(StandardCharsets.UTF_8), Caller.ADMIN);
    }

    private static int decileOf(int urn) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT imd_decile FROM school WHERE urn = ?")) {
            s.setInt(1, urn);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

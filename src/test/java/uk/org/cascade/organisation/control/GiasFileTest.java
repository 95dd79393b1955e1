package uk.org.cascade.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.cascade.organisation.control.GiasFile.Row;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.platform.Violation;

class GiasFileTest {

    /** The real GIAS header has ~140 columns; a few unrelated ones around ours prove lookup by name. */
    private static final String HEADER = "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentNumber\",\"EstablishmentName\","
            + "\"TypeOfEstablishment (name)\",\"EstablishmentStatus (name)\",\"OpenDate\",\"CloseDate\","
            + "\"PhaseOfEducation (name)\",\"Postcode\",\"GOR (name)\",\"UrbanRural (name)\",\"Easting\",\"Northing\","
            + "\"LSOA (code)\",\"HeadLastName\"";

    @TempDir
    Path dir;

    @Test
    void windows1252_keepsCurlyQuotesAccentsAndDashes() throws IOException {
        String name = "St Mary’s Église – “Primary”";
        Path file = write(Charset.forName("windows-1252"), false, row("990102", "926", "Norfolk", name, "Open", ""));

        List<Row> rows = read(file);

        assertEquals(name, rows.get(0).name());
    }

    @Test
    void utf8WithBom_isReadAsUtf8_andTheBomIsNotPartOfTheFirstHeader() throws IOException {
        String name = "St Mary’s Église – “Primary”";
        Path file = write(StandardCharsets.UTF_8, true, row("990102", "926", "Norfolk", name, "Open", ""));

        List<Row> rows = read(file);

        assertEquals(990102, rows.get(0).urn());
        assertEquals(name, rows.get(0).name());
    }

    @Test
    void utf8WithoutBom_isDetected() throws IOException {
        Path file = write(StandardCharsets.UTF_8, false, row("990102", "926", "Norfolk", "Zoë’s School", "Open", ""));

        assertEquals(StandardCharsets.UTF_8, CsvFiles.detectCharset(file));
        assertEquals("Zoë’s School", read(file).get(0).name());
    }

    @Test
    void everyStatus_mapsAsDesignSays() throws IOException {
        Path file = write(StandardCharsets.UTF_8, false,
                row("1", "926", "Norfolk", "A", "Open", ""),
                row("2", "926", "Norfolk", "B", "Open, but proposed to close", ""),
                row("3", "926", "Norfolk", "C", "Closed", "31-08-2024"),
                row("4", "926", "Norfolk", "D", "Proposed to open", ""));

        List<Row> rows = read(file);

        assertEquals(List.of(SchoolStatus.OPEN, SchoolStatus.OPEN, SchoolStatus.CLOSED, SchoolStatus.PROPOSED),
                rows.stream().map(Row::status).toList());
        assertEquals(LocalDate.of(2024, 8, 31), rows.get(2).closeDate());
        assertNull(rows.get(0).closeDate());
    }

    @Test
    void allTheMappedFields_areRead() throws IOException {
        Row row = read(write(StandardCharsets.UTF_8, false, row("100000", "201", "City of London", "The Aldgate School",
                "Open", ""))).get(0);

        assertEquals(201, row.laCode());
        assertEquals("City of London", row.laName());
        assertEquals("London", row.region());
        assertEquals("Primary", row.phase());
        assertEquals("Voluntary aided school", row.type());
        assertEquals("EC3A 5DE", row.postcode());
        assertEquals("(England/Wales) Urban major conurbation", row.urbanRural());
        assertEquals(533498, row.easting());
        assertEquals(181201, row.northing());
        assertEquals("E01032739", row.lsoa());
        assertEquals(2, row.line());
    }

    @Test
    void everyBadRow_isListedByLineAndField() throws IOException {
        Path file = write(StandardCharsets.UTF_8, false,
                row("12x", "926", "Norfolk", "A", "Open", ""),
                row("5", "92", "Norfolk", "", "Open", ""),
                row("6", "926", "Norfolk", "C", "Shut", "31-02-2024"),
                row("6", "926", "Norfolk", "D", "Open", ""));

        List<Violation> problems = GiasFile.read(file, r -> { });

        assertEquals(List.of(
                "2 URN: URN '12x' is not a whole number",
                "3 EstablishmentName: EstablishmentName is empty",
                "3 LA (code): '92' is not a three-digit local authority code",
                "4 EstablishmentStatus (name): EstablishmentStatus (name) 'Shut' is not one of Open, Open, but proposed to close, Closed, Proposed to open",
                "4 CloseDate: CloseDate '31-02-2024' is not a date in the form dd-mm-yyyy",
                "5 URN: URN 6 appears twice (first on line 4)"),
                problems.stream().map(v -> v.line() + " " + v.field() + ": " + v.message()).toList());
    }

    @Test
    void missingColumns_areNamedInOneError() throws IOException {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "\"URN\",\"EstablishmentName\"\n1,A\n");

        List<Violation> problems = GiasFile.read(file, r -> { });

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("missing columns: LA (code), LA (name), GOR (name)"));
    }

    @Test
    void anEmptyFile_isRefusedClearly() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");

        assertEquals(1, GiasFile.read(file, r -> { }).size());
    }

    @Test
    void theRealSample_readsWithItsCurlyApostrophe() throws IOException {
        Path sample = Path.of("src/test/resources/gias/gias-sample.csv");
        List<Row> rows = new ArrayList<>();

        List<Violation> problems = GiasFile.read(sample, rows::add);

        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(6, rows.size());
        assertEquals("St Mary’s Church of England VA Primary School", rows.get(3).name());
        assertEquals(SchoolStatus.CLOSED, rows.get(5).status());
        assertEquals("East of England", rows.get(2).region());
    }

    private List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Violation> problems = GiasFile.read(file, rows::add);
        assertTrue(problems.isEmpty(), problems.toString());
        return rows;
    }

    private static String row(String urn, String la, String laName, String name, String status, String closeDate) {
        String region = la.equals("201") ? "London" : "East of England";
        return String.join(",", q(urn), q(la), q(laName), q("3614"), q(name), q("Voluntary aided school"), q(status),
                q(""), q(closeDate), q("Primary"), q("EC3A 5DE"), q(region), q("(England/Wales) Urban major conurbation"),
                q("533498"), q("181201"), q("E01032739"), q("Smith"));
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private Path write(Charset charset, boolean bom, String... rows) throws IOException {
        Path file = dir.resolve("gias.csv");
        byte[] text = (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
        byte[] content = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
        Files.write(file, content);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

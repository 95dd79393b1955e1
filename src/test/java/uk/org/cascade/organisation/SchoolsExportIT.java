package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Exports hold exactly what the caller's list holds, in formats a spreadsheet opens. */
class SchoolsExportIT extends DeployedCascade {

    private Caller norfolk;

    @BeforeEach
    void sampleAndCoordinator() throws Exception {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
        String email = "export." + UUID.randomUUID() + "@la.test";
        Answer created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"C\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]}}", Caller.ADMIN);
        assertEquals(201, created.status());
        norfolk = new Caller(email, "a long enough password");
    }

    @Test
    void csv_holdsTheCoordinatorsSchoolsOnly_withCurlyApostrophesIntact() {
        Answer csv = api.get("/api/v1/schools/export?format=csv&phase=Primary", norfolk);

        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).contains("URN,Name,LA code"), lines.get(0));
        assertTrue(csv.body().contains("St Mary’s Church of England VA Primary School"));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",926,Norfolk,")), csv.body());
        assertTrue(!csv.body().contains("Aldgate"));
    }

    @Test
    void xlsx_opensAsASpreadsheetWithAHeaderAndTheRows() throws Exception {
        HttpResponse<InputStream> xlsx = api.exchange(
                HttpRequest.newBuilder(api.uri("/api/v1/schools/export?format=xlsx&la=926&status=CLOSED")), norfolk,
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, xlsx.statusCode());
        try (InputStream in = xlsx.body(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("URN", rows.get(0).getCellText(0));
            assertEquals(List.of("990104"), rows.stream().skip(1).map(r -> r.getCellText(0)).collect(Collectors.toList()));
            assertEquals("Willowmere Junior School", rows.get(1).getCellText(1));
        }
    }

    @Test
    void anUnknownFormat_is422() {
        assertEquals(422, api.get("/api/v1/schools/export?format=pdf", norfolk).status());
    }
}

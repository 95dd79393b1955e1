package uk.org.cascade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.ApiOperations.Operation;

class ApiOperationsTest {

    @Test
    void aPathParameterMatchesOneSegment_whateverItIsCalled() {
        Operation op = new Operation("put", "/api/v1/coverage/targets/schools/{urn}");
        assertTrue(op.calledBy("PUT /api/v1/coverage/targets/schools/990106"));
        assertFalse(op.calledBy("GET /api/v1/coverage/targets/schools/990106"), "another method");
        assertFalse(op.calledBy("PUT /api/v1/coverage/targets/schools/990106/x"), "one segment only");
        assertFalse(op.calledBy("PUT /api/v1/coverage/targets/schools/"), "an empty segment is no parameter");
        assertEquals(op, new Operation("PUT", "/api/v1/coverage/targets/schools/{code}"));
    }

    @Test
    void aLiteralPathIsMatchedExactly_dotsIncluded() {
        Operation op = new Operation("GET", "/api/v1/signoffs/{id}/certificate.pdf");
        assertTrue(op.calledBy("GET /api/v1/signoffs/4/certificate.pdf"));
        assertFalse(op.calledBy("GET /api/v1/signoffs/4/certificateXpdf"));
    }

    @Test
    void theReadmeShorthand_expandsToEveryOperationOfTheRow() {
        assertEquals(List.of(op("POST /a/v1/cohorts/{id}/sessions"), op("PUT /a/v1/cohorts/{id}/sessions/{sid}"),
                        op("DELETE /a/v1/cohorts/{id}/sessions/{sid}"), op("GET /a/v1/cohorts/{id}/sessions/{sid}/calendar.ics")),
                ApiOperations.row(" `POST /a/v1/cohorts/{id}/sessions`, `PUT`/`DELETE …/sessions/{sid}`, "
                        + "`GET …/sessions/{sid}/calendar.ics` "));
        assertEquals(List.of(op("POST /a/users/{id}/deactivation"), op("POST /a/users/{id}/reactivation")),
                ApiOperations.row("`POST /a/users/{id}/deactivation`, `…/reactivation`"));
        assertEquals(List.of(op("GET /a/themes"), op("POST /a/themes"), op("PUT /a/themes/{id}")),
                ApiOperations.row("`GET /a/themes?all=`, `POST`, `PUT …/{id}`"));
        assertEquals(List.of(op("GET /a/logs/{id}"), op("PUT /a/logs/{id}")),
                ApiOperations.row("`GET /a/logs/{id}`, `PUT …/{id}`"));
        assertEquals(List.of(op("GET /a/cohorts/{id}/attendance"), op("PUT /a/cohorts/{id}/sessions/{sid}/attendance")),
                ApiOperations.row("`GET /a/cohorts/{id}/attendance`, `PUT …/sessions/{sid}/attendance`"));
        assertEquals(List.of(op("GET /a/competencies/{code}"), op("PUT /a/competencies/{code}")),
                ApiOperations.row("`GET`/`PUT /a/competencies/{code}`"));
        assertEquals(List.of(op("GET /a/schools/export")), ApiOperations.row("`GET /a/schools/export?format=csv` or `xlsx`"));
    }

    @Test
    void theReadme_isReadOnlyInItsApiSection_andByItsFirstColumn() {
        List<String> lines = List.of("## Running", "| `GET /elsewhere` | x |", "## API", "| endpoint | who |",
                "| --- | --- |", "| `GET /api/v1/x?a=b\\|c` | `POST /not/this` |", "### Imports", "| `GET /api/v1/y` | z |",
                "## Tests", "| `GET /after` | x |");
        assertEquals(List.of(op("GET /api/v1/x"), op("GET /api/v1/y")), List.copyOf(ApiOperations.ofReadme(lines)));
    }

    @Test
    void theOpenApiDocument_givesEachMethodOfEachPath() {
        var doc = Json.createReader(new java.io.StringReader("""
                {"paths": {"/api/v1/a/{id}": {"get": {}, "put": {}, "parameters": []}, "/api/v1/b": {"post": {}}}}
                """)).readObject();
        assertEquals(List.of(op("GET /api/v1/a/{id}"), op("PUT /api/v1/a/{id}"), op("POST /api/v1/b")),
                List.copyOf(ApiOperations.ofOpenApi(doc)));
    }

    private static Operation op(String text) {
        String[] parts = text.split(" ");
        return new Operation(parts[0], parts[1]);
    }
}

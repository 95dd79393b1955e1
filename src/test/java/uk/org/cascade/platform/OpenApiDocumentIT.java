package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.ApiCalls;
import uk.org.cascade.it.DeployedCascade;

/**
 * The API description is public at /openapi and describes the API's operations with their request bodies. The
 * document is kept beside the run's recorded calls for {@link OpenApiCoverageIT}, which runs after the suite.
 */
class OpenApiDocumentIT extends DeployedCascade {

    @Test
    void openApi_isServedWithoutSignIn_andDescribesTheApi() throws Exception {
        Answer answer = api.get("/openapi", Caller.NOBODY);

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonObject document = answer.json();
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/me"), paths.keySet().toString());
        JsonObject target = paths.getJsonObject("/api/v1/coverage/targets/schools/{urn}").getJsonObject("put");
        assertTrue(target.containsKey("requestBody"), "the body a client sends is described: " + target);

        Files.createDirectories(ApiCalls.DIRECTORY);
        Files.writeString(OpenApiCoverageIT.DOCUMENT, answer.body(), StandardCharsets.UTF_8);
    }
}

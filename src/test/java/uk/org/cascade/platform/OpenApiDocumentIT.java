package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.ApiCalls;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;
import uk.org.cascade.it.client.ApiClient;
import uk.org.cascade.it.client.api.SecurityApi;
import uk.org.cascade.it.client.model.Me;

/**
 * The API description is public at /openapi, and tools accept it: swagger-parser reads it without a single message,
 * operationIds and tags are unique, and a Java client generated from it (openapi-generator, see pom.xml) calls the
 * API. The client is generated from a committed copy of the document, which must equal the served one. The document
 * is kept beside the run's recorded calls for {@link OpenApiCoverageIT}, which runs after the suite.
 */
class OpenApiDocumentIT extends DeployedCascade {

    /** The copy the client is generated from. */
    static final Path COPY = Path.of("src/test/resources/openapi/cascade.yaml");
    static final Path OAS_SCHEMA = Path.of("src/test/resources/openapi/oas-3.0-schema.json");
    /** With {@code -Dopenapi.refresh=true} the served document replaces the copy instead of failing. */
    static final String REFRESH = "./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dit.test=OpenApiDocumentIT -Dopenapi.refresh=true";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> CONTEXTS = Set.of("platform", "audit", "security", "organisation", "people",
            "curriculum", "competency", "cohort", "learning", "coverage", "refresher", "supervision");

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

    @Test
    void swaggerParser_readsTheDocument_withoutASingleMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served(), null, options);

        assertEquals(List.of(), result.getMessages(), "swagger-parser's messages on GET /openapi");
        assertTrue(result.getOpenAPI().getPaths().containsKey("/api/v1/me"), "the parser read the paths");
    }

    /**
     * A second validator: the OpenAPI Initiative's JSON Schema for 3.0 documents (id
     * https://spec.openapis.org/oas/3.0/schema/2021-09-28, Apache License 2.0; the one openapi-spec-validator uses),
     * committed beside the copy of the document.
     */
    @Test
    void theDocument_meetsTheOpenApi30JsonSchema() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(json.readTree(Files.readString(OAS_SCHEMA, StandardCharsets.UTF_8)));

        Set<ValidationMessage> errors = schema.validate(json.readTree(served()));

        assertEquals(List.of(), errors.stream().map(ValidationMessage::toString).sorted().toList());
    }

    @Test
    void everyOperation_hasAUniqueOperationId_andOneTag_itsContext_declaredOnceWithADescription() throws Exception {
        JsonNode document = new ObjectMapper().readTree(served());
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode id = op.getValue().get("operationId");
            if (id == null || id.asText().isBlank()) {
                problems.add(where + " has no operationId");
            } else {
                ids.add(id.asText());
            }
            JsonNode tags = op.getValue().get("tags");
            if (tags == null || tags.size() != 1 || !CONTEXTS.contains(tags.get(0).asText())) {
                problems.add(where + " is tagged " + tags + ", not with one bounded context");
            }
        }));
        assertEquals(List.of(), problems);
        assertEquals(List.of(), duplicates(ids), "operationIds used more than once");

        List<String> tags = new ArrayList<>();
        document.get("tags").forEach(tag -> {
            tags.add(tag.get("name").asText());
            assertTrue(tag.hasNonNull("description"), "tag " + tag + " is described");
        });
        assertEquals(List.of(), duplicates(tags), "tags declared more than once");
        assertEquals(CONTEXTS, Set.copyOf(tags), "one tag per bounded context");
    }

    @Test
    void theDocument_isStandard_typedDefaults_threeWaysToSignIn_andNoPayaraEndpoints() throws Exception {
        JsonNode document = new ObjectMapper().readTree(served());

        assertFalse(document.has("endpoints"), "Payara's non-standard top-level endpoints are filtered out");
        List<String> untyped = new ArrayList<>();
        defaults(document, "", untyped);
        assertEquals(List.of(), untyped, "defaults written as their schema's type, not as strings");
        assertEquals("[{\"basic\":[]},{\"bearer\":[]},{\"session\":[]}]", document.get("security").toString(),
                "any one of Basic, a Bearer token or the session cookie");
        JsonNode schemes = document.at("/components/securitySchemes");
        assertEquals("basic", schemes.at("/basic/scheme").asText());
        assertEquals("bearer", schemes.at("/bearer/scheme").asText());
        assertEquals("cookie", schemes.at("/session/in").asText());
        assertEquals("JSESSIONID", schemes.at("/session/name").asText());
    }

    @Test
    void theCommittedCopy_theClientIsGeneratedFrom_isTheServedDocument() throws Exception {
        String yaml = api.get("/openapi?format=yaml", Caller.NOBODY).body();
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(COPY, yaml, StandardCharsets.UTF_8);
        }
        JsonNode committed = new YAMLMapper().readTree(Files.readString(COPY, StandardCharsets.UTF_8));

        List<String> differences = new ArrayList<>();
        differences(new YAMLMapper().readTree(yaml), committed, "", differences);
        assertEquals(List.of(), differences, COPY + " differs from GET /openapi (served, committed): the generated "
                + "client would not match the API. Refresh the copy with\n  " + REFRESH + "\nand commit it.");
        assertEquals(new ObjectMapper().readTree(served()), committed, "the YAML and JSON documents say the same");
    }

    @Test
    void theGeneratedClient_readsTheCaller() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api.uri("/").toString().replaceAll("/$", ""));
        String authorization = authorization();
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));

        Me me = new SecurityApi(client).getMe();

        assertEquals(TestDatabase.ADMIN_EMAIL, me.getEmail());
        assertTrue(me.getRoles().contains("ADMIN"), me.getRoles().toString());
    }

    /** How the generated client signs in: with an API token, as a reporting tool would. */
    private String authorization() {
        Answer issued = api.post("/api/v1/me/tokens", "{\"name\":\"Generated client\",\"expiresInDays\":1}",
                Caller.ADMIN);
        assertEquals(201, issued.status(), issued.body());
        return "Bearer " + issued.json().getString("token");
    }

    private String served() {
        Answer answer = api.get("/openapi", Caller.NOBODY);
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    /** Every {@code default} that is a string where its schema's type is not. */
    private static void defaults(JsonNode node, String at, List<String> untyped) {
        if (node.isObject()) {
            JsonNode value = node.get("default");
            JsonNode type = node.get("type");
            if (value != null && value.isTextual() && type != null && !type.asText().equals("string")) {
                untyped.add(at + ": " + type.asText() + " default " + value);
            }
            node.fields().forEachRemaining(field -> defaults(field.getValue(), at + "/" + field.getKey(), untyped));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                defaults(node.get(i), at + "/" + i, untyped);
            }
        }
    }

    /** Where two trees differ, as JSON pointers with both values; the first ten. */
    private static void differences(JsonNode served, JsonNode committed, String at, List<String> found) {
        if (found.size() >= 10 || served.equals(committed)) {
            return;
        }
        if (served.isObject() && committed.isObject()) {
            Set<String> names = new TreeSet<>();
            served.fieldNames().forEachRemaining(names::add);
            committed.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode a = served.path(name);
                JsonNode b = committed.path(name);
                differences(a, b, at + "/" + name.replace("~", "~0").replace("/", "~1"), found);
            }
        } else {
            found.add(at + ": " + shorten(served) + ", " + shorten(committed));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.isMissingNode() ? "(none)" : node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    private static List<String> duplicates(List<String> names) {
        Map<String, Integer> counts = new TreeMap<>();
        names.forEach(name -> counts.merge(name, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " ×" + e.getValue()).toList();
    }
}

package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.ApiCalls;
import uk.org.cascade.it.ApiOperations;
import uk.org.cascade.it.ApiOperations.Operation;

/**
 * Every operation of the API is called successfully (2xx, or 3xx) by at least one integration test, and the
 * README's API table lists exactly the API's operations. It runs after the whole suite (its own failsafe execution,
 * see pom.xml), on the calls {@code Api} recorded and the document {@link OpenApiDocumentIT} saved; it deploys
 * nothing. {@code ./mvnw -o failsafe:integration-test@api-coverage failsafe:verify@api-coverage} checks the last
 * run's records alone.
 */
class OpenApiCoverageIT {

    static final Path DOCUMENT = ApiCalls.DIRECTORY.resolve("openapi.json");
    private static final Path README = Path.of("README.md");

    @Test
    void everyOperation_isCalledSuccessfullyByATest() throws IOException {
        Set<Operation> required = new TreeSet<>(openApi());
        // Rows outside the JAX-RS API (served by servlets: /health, /verify/{code}) are not in the document, but the
        // README promises them too.
        readme().stream().filter(o -> !o.path().startsWith("/api/")).forEach(required::add);
        List<String> calls = calls();
        assertTrue(!calls.isEmpty(), "no API calls were recorded in " + ApiCalls.DIRECTORY
                + ": run the whole integration suite first (./mvnw verify)");

        List<Operation> uncovered = required.stream().filter(op -> calls.stream().noneMatch(op::calledBy)).toList();

        assertTrue(uncovered.isEmpty(), uncovered.size() + " of " + required.size() + " operations have no test "
                + "that calls them successfully:\n" + uncovered.stream().map(Operation::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void theReadmeApiTable_listsExactlyTheOperationsOfTheOpenApiDocument() throws IOException {
        Set<Operation> documented = openApi();
        Set<Operation> table = new TreeSet<>(readme());
        table.removeIf(o -> !o.path().startsWith("/api/"));

        Set<Operation> onlyInTable = new TreeSet<>(table);
        onlyInTable.removeAll(documented);
        Set<Operation> onlyInDocument = new TreeSet<>(documented);
        onlyInDocument.removeAll(table);

        assertTrue(onlyInTable.isEmpty() && onlyInDocument.isEmpty(), "the README's API table and GET /openapi "
                + "differ.\nIn the table, not served:\n" + lines(onlyInTable) + "\nServed, not in the table:\n"
                + lines(onlyInDocument));
    }

    private static Set<Operation> openApi() throws IOException {
        assertTrue(Files.isRegularFile(DOCUMENT), DOCUMENT + " is missing: OpenApiDocumentIT saves it during the "
                + "integration suite (./mvnw verify)");
        JsonObject document;
        try (Reader in = Files.newBufferedReader(DOCUMENT, StandardCharsets.UTF_8);
             JsonReader reader = Json.createReader(in)) {
            document = reader.readObject();
        }
        Set<Operation> operations = new TreeSet<>(ApiOperations.ofOpenApi(document));
        assertTrue(operations.size() > 20, "the OpenAPI document lists too few operations to be Cascade's: "
                + operations);
        return operations;
    }

    private static Set<Operation> readme() throws IOException {
        Set<Operation> operations = ApiOperations.ofReadme(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(operations.size() > 20, "the README's API table was not found or is nearly empty: " + operations);
        return operations;
    }

    private static List<String> calls() throws IOException {
        List<String> calls = new ArrayList<>();
        if (!Files.isDirectory(ApiCalls.DIRECTORY)) {
            return calls;
        }
        try (Stream<Path> files = Files.list(ApiCalls.DIRECTORY)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("calls-")).toList()) {
                calls.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return calls.stream().distinct().toList();
    }

    private static String lines(Set<Operation> operations) {
        return operations.isEmpty() ? "  (none)" : operations.stream().map(o -> "  " + o)
                .collect(Collectors.joining("\n"));
    }
}

package uk.org.cascade.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A plain HTTP client for the API, as a script would use it: HTTP Basic, JSON bodies. */
public final class Api {

    /** Who calls: an email and password, or nobody. */
    public record Caller(String email, String password) {

        public static final Caller NOBODY = new Caller(null, null);
        public static final Caller ADMIN = new Caller(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);

        Optional<String> authorization() {
            return email == null ? Optional.empty() : Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** What came back. */
    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Api(URL deployment) {
        // The deployment is served at the root: every path here starts with "/".
        this.base = URI.create(deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort());
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Answer get(String path, Caller caller) {
        return send(request(path, caller).GET());
    }

    /** A GET that must answer 200 with a JSON array. */
    public jakarta.json.JsonArray getArray(String path, Caller caller) {
        Answer answer = get(path, caller);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.jsonArray();
    }

    public Answer post(String path, String json, Caller caller) {
        return send(request(path, caller).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json, Caller caller) {
        return send(request(path, caller).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Uploads a CSV file as the import endpoints take it: the raw bytes, {@code text/csv}. */
    public Answer postCsv(String path, byte[] csv, Caller caller) {
        return send(request(path, caller).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    public Answer postCsv(String path, java.nio.file.Path csv, Caller caller) {
        try {
            return postCsv(path, java.nio.file.Files.readAllBytes(csv), caller);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + csv, e);
        }
    }

    /**
     * Any other request (raw uploads, binary downloads, other methods): signed in as the caller, recorded like
     * the rest for the OpenAPI coverage check.
     */
    public <T> HttpResponse<T> exchange(HttpRequest.Builder request, Caller caller, HttpResponse.BodyHandler<T> body) {
        caller.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<T> response = http.send(built, body);
            ApiCalls.record(built.method(), built.uri().getRawPath(), response.statusCode());
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("The request did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public Answer delete(String path, Caller caller) {
        return send(request(path, caller).DELETE());
    }

    private HttpRequest.Builder request(String path, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        caller.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ApiCalls.record(request.method(), request.uri().getRawPath(), response.statusCode());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("The request did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

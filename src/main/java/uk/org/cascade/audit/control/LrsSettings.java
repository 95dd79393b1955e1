package uk.org.cascade.audit.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where statements go: {@code CASCADE_XAPI_ENDPOINT}, the LRS's xAPI address (Cascade adds {@code /statements}), and
 * the Basic credentials {@code CASCADE_XAPI_KEY} and {@code CASCADE_XAPI_SECRET}. No endpoint, no statements.
 */
record LrsSettings(URI endpoint, Optional<String> authorization) {

    /** Empty when no endpoint is set; an address that is not http(s) is refused with a message without it. */
    static Optional<LrsSettings> from(Function<String, Optional<String>> config) {
        Optional<String> endpoint = config.apply("cascade.xapi.endpoint").map(String::strip).filter(s -> !s.isEmpty());
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(endpoint.get().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CASCADE_XAPI_ENDPOINT is not an address");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("CASCADE_XAPI_ENDPOINT must be an http or https address");
        }
        Optional<String> key = config.apply("cascade.xapi.key").filter(s -> !s.isEmpty());
        String secret = config.apply("cascade.xapi.secret").orElse("");
        return Optional.of(new LrsSettings(uri, key.map(k -> "Basic " + Base64.getEncoder()
                .encodeToString((k + ":" + secret).getBytes(StandardCharsets.UTF_8)))));
    }

    /** {@code PUT} here stores the statement under its own id. */
    URI statement(String id) {
        return URI.create(endpoint + "/statements?statementId=" + id);
    }

    /** Never the secret, nor the address (it may carry a key). */
    @Override
    public String toString() {
        return "LrsSettings[configured]";
    }
}

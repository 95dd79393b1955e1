package uk.org.cascade.it;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A form's fields as a browser posts them: {@code application/x-www-form-urlencoded}. */
public final class Forms {

    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private Forms() {
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static HttpRequest.BodyPublisher body(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(encode(fields));
    }
}

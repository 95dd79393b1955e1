package uk.org.cascade.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The xAPI 1.0.3 rules a learning record store checks a statement against (Data, section 2.4), as far as Cascade's
 * statements use them, and Cascade's own: the actor is an account, never an email or a name. {@link #problems}
 * lists every rule a statement breaks; none, it is valid.
 */
public final class XapiRules {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s\"@]+@[^\\s\"@]+\\.[a-z]{2,}");
    private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");

    private XapiRules() {
    }

    public static List<String> problems(JsonObject s) {
        List<String> problems = new ArrayList<>();
        s.keySet().stream().filter(k -> !STATEMENT_KEYS.contains(k)).forEach(k -> problems.add("unknown property " + k));
        if (!s.containsKey("id") || !isUuid(s.get("id"))) {
            problems.add("id must be a UUID");
        }
        agent(s.get("actor"), "actor", problems);
        JsonObject verb = object(s.get("verb"), "verb", problems);
        if (verb != null) {
            iri(verb.get("id"), "verb.id", problems);
            languageMap(verb.get("display"), "verb.display", problems);
        }
        activity(s.get("object"), "object", problems);
        if (s.containsKey("result")) {
            result(object(s.get("result"), "result", problems), problems);
        }
        if (s.containsKey("context")) {
            context(object(s.get("context"), "context", problems), problems);
        }
        if (!s.containsKey("timestamp") || !isTimestamp(s.get("timestamp"))) {
            problems.add("timestamp must be an ISO 8601 date and time with its offset");
        }
        // A sender should leave version out; if it does set it, to 1.0.0 (Data 2.4.10).
        if (s.containsKey("version") && !(s.get("version") instanceof JsonString v && v.getString().equals("1.0.0"))) {
            problems.add("version, when a sender sets it, must be 1.0.0");
        }
        if (s.toString().contains("\"mbox") || EMAIL.matcher(s.toString()).find()) {
            problems.add("an email address (or mbox) appears in the statement");
        }
        return problems;
    }

    private static void agent(JsonValue value, String where, List<String> problems) {
        JsonObject agent = object(value, where, problems);
        if (agent == null) {
            return;
        }
        if (agent.containsKey("objectType") && !"Agent".equals(string(agent.get("objectType")))) {
            problems.add(where + ".objectType must be Agent");
        }
        if (agent.containsKey("name")) {
            problems.add(where + " carries a name");
        }
        long identifiers = Set.of("mbox", "mbox_sha1sum", "openid", "account").stream().filter(agent::containsKey).count();
        if (identifiers != 1) {
            problems.add(where + " must have exactly one identifier, has " + identifiers);
        }
        JsonObject account = agent.containsKey("account") ? object(agent.get("account"), where + ".account", problems) : null;
        if (account == null) {
            problems.add(where + " must be identified by an account");
            return;
        }
        iri(account.get("homePage"), where + ".account.homePage", problems);
        if (string(account.get("name")) == null || string(account.get("name")).isEmpty()) {
            problems.add(where + ".account.name must be a string");
        }
    }

    private static void activity(JsonValue value, String where, List<String> problems) {
        JsonObject activity = object(value, where, problems);
        if (activity == null) {
            return;
        }
        if (activity.containsKey("objectType") && !"Activity".equals(string(activity.get("objectType")))) {
            problems.add(where + ".objectType must be Activity");
        }
        iri(activity.get("id"), where + ".id", problems);
        if (activity.containsKey("definition")) {
            JsonObject definition = object(activity.get("definition"), where + ".definition", problems);
            if (definition != null) {
                languageMap(definition.get("name"), where + ".definition.name", problems);
                if (definition.containsKey("type")) {
                    iri(definition.get("type"), where + ".definition.type", problems);
                }
            }
        }
    }

    private static void result(JsonObject result, List<String> problems) {
        if (result == null) {
            return;
        }
        for (String flag : List.of("success", "completion")) {
            if (result.containsKey(flag) && result.get(flag).getValueType() != JsonValue.ValueType.TRUE
                    && result.get(flag).getValueType() != JsonValue.ValueType.FALSE) {
                problems.add("result." + flag + " must be true or false");
            }
        }
        if (!result.containsKey("score")) {
            return;
        }
        JsonObject score = object(result.get("score"), "result.score", problems);
        if (score == null) {
            return;
        }
        Double scaled = number(score, "scaled", problems);
        Double raw = number(score, "raw", problems);
        Double min = number(score, "min", problems);
        Double max = number(score, "max", problems);
        if (scaled != null && (scaled < -1 || scaled > 1)) {
            problems.add("result.score.scaled must lie between -1 and 1");
        }
        if (min != null && max != null && min >= max) {
            problems.add("result.score.min must be less than max");
        }
        if (raw != null && (min != null && raw < min || max != null && raw > max)) {
            problems.add("result.score.raw must lie between min and max");
        }
    }

    private static void context(JsonObject context, List<String> problems) {
        if (context == null) {
            return;
        }
        if (context.containsKey("registration") && !isUuid(context.get("registration"))) {
            problems.add("context.registration must be a UUID");
        }
        if (context.containsKey("instructor")) {
            agent(context.get("instructor"), "context.instructor", problems);
        }
        if (context.containsKey("language") && !LANGUAGE_TAG.matcher(String.valueOf(string(context.get("language")))).matches()) {
            problems.add("context.language must be a language tag");
        }
        if (context.containsKey("contextActivities")) {
            JsonObject activities = object(context.get("contextActivities"), "context.contextActivities", problems);
            if (activities != null) {
                for (String key : activities.keySet()) {
                    if (!CONTEXT_ACTIVITY_KEYS.contains(key)) {
                        problems.add("context.contextActivities." + key + " is not a context activity kind");
                    } else if (activities.get(key) instanceof JsonArray list) {
                        list.forEach(a -> activity(a, "context.contextActivities." + key, problems));
                    } else {
                        activity(activities.get(key), "context.contextActivities." + key, problems);
                    }
                }
            }
        }
        if (context.containsKey("extensions")) {
            JsonObject extensions = object(context.get("extensions"), "context.extensions", problems);
            if (extensions != null) {
                extensions.keySet().forEach(k -> iri(jakarta.json.Json.createValue(k), "context.extensions key", problems));
            }
        }
    }

    private static void languageMap(JsonValue value, String where, List<String> problems) {
        JsonObject map = object(value, where, problems);
        if (map == null) {
            return;
        }
        if (map.isEmpty()) {
            problems.add(where + " is empty");
        }
        map.forEach((tag, text) -> {
            if (!LANGUAGE_TAG.matcher(tag).matches() || !(text instanceof JsonString)) {
                problems.add(where + " must map language tags to strings");
            }
        });
    }

    private static void iri(JsonValue value, String where, List<String> problems) {
        String text = string(value);
        try {
            URI uri = text == null ? null : new URI(text);
            if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
                problems.add(where + " must be an absolute IRI");
            }
        } catch (java.net.URISyntaxException e) {
            problems.add(where + " must be an absolute IRI");
        }
    }

    private static JsonObject object(JsonValue value, String where, List<String> problems) {
        if (value instanceof JsonObject o) {
            return o;
        }
        problems.add(where + " is required and must be an object");
        return null;
    }

    private static Double number(JsonObject o, String key, List<String> problems) {
        if (!o.containsKey(key)) {
            return null;
        }
        if (o.get(key) instanceof JsonNumber n) {
            return n.doubleValue();
        }
        problems.add("result.score." + key + " must be a number");
        return null;
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static boolean isUuid(JsonValue value) {
        return string(value) != null && UUID.matcher(string(value)).matches();
    }

    private static boolean isTimestamp(JsonValue value) {
        try {
            return string(value) != null && OffsetDateTime.parse(string(value)) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

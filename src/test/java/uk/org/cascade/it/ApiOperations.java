package uk.org.cascade.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's operations as the OpenAPI document and the README's API table list them, and whether a recorded call
 * ({@code METHOD /path}) reached one. Path parameters match one segment whatever their names.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^/}]+}");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    private ApiOperations() {
    }

    /** One method on one path template; equal whatever the parameters are called. */
    public record Operation(String method, String path) implements Comparable<Operation> {

        public Operation {
            method = method.toUpperCase(Locale.ROOT);
        }

        /** The path with every parameter unnamed: {@code /a/{}/b}. */
        String template() {
            return TEMPLATE.matcher(path).replaceAll("{}");
        }

        public boolean calledBy(String call) {
            int space = call.indexOf(' ');
            if (space < 0 || !call.substring(0, space).equals(method)) {
                return false;
            }
            StringBuilder regex = new StringBuilder();
            for (String part : template().split("\\{}", -1)) {
                if (!regex.isEmpty()) {
                    regex.append("[^/]+");
                }
                regex.append(Pattern.quote(part));
            }
            return call.substring(space + 1).strip().matches(regex.toString());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Operation o && o.method.equals(method) && o.template().equals(template());
        }

        @Override
        public int hashCode() {
            return method.hashCode() * 31 + template().hashCode();
        }

        @Override
        public int compareTo(Operation other) {
            int byPath = template().compareTo(other.template());
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation under {@code paths}. */
    public static Set<Operation> ofOpenApi(JsonObject document) {
        Set<Operation> operations = new LinkedHashSet<>();
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null) {
            return operations;
        }
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    operations.add(new Operation(method, path));
                }
            }
        }
        return operations;
    }

    /**
     * The operations in the first column of the table under {@code ## API}. A row may list several, in the
     * README's shorthand: {@code `GET`/`PUT /a/{x}`} (two methods on one path), {@code `POST`} alone (the path
     * before it), and {@code `…/b`} (a path relative to the one before: from its segment named like the first one
     * after the ellipsis, else beside its last segment, or below it for a path parameter).
     */
    public static Set<Operation> ofReadme(List<String> lines) {
        Set<Operation> operations = new LinkedHashSet<>();
        boolean inApi = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inApi = line.strip().equals("## API");
                continue;
            }
            if (inApi && line.startsWith("| `")) {
                operations.addAll(row(firstCell(line)));
            }
        }
        return operations;
    }

    static List<Operation> row(String cell) {
        List<Operation> found = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        String previous = null;
        String previousMethod = null;
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            String code = m.group(1).strip();
            if (code.startsWith("…/") && previousMethod != null) {
                code = previousMethod + " " + code; // `…/reactivation`: the method before it
            }
            String[] parts = code.split("\\s+", 2);
            String method = parts[0].toUpperCase(Locale.ROOT);
            boolean followedBySlash = m.end() < cell.length() && cell.charAt(m.end()) == '/';
            if (METHODS.contains(method) && parts.length == 1) {
                if (followedBySlash) {
                    waiting.add(method);
                } else if (previous != null) {
                    found.add(new Operation(method, previous));
                }
                continue;
            }
            if (!METHODS.contains(method)) {
                continue;
            }
            String path = resolve(previous, parts[1].split("\\?", 2)[0].strip());
            if (path == null) {
                continue;
            }
            for (String w : waiting) {
                found.add(new Operation(w, path));
            }
            waiting.clear();
            found.add(new Operation(method, path));
            previous = path;
            previousMethod = method;
        }
        return found;
    }

    private static String resolve(String previous, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        if (!path.startsWith("…/") || previous == null) {
            return null;
        }
        String rest = path.substring(2);
        String first = rest.split("/", 2)[0];
        List<String> segments = new ArrayList<>(List.of(previous.substring(1).split("/")));
        int at = segments.lastIndexOf(first);
        if (at < 0 && TEMPLATE.matcher(first).matches()) {
            at = segments.size();
        } else if (at < 0) {
            at = segments.size() - 1;
        }
        return "/" + String.join("/", segments.subList(0, at)) + (at == 0 ? "" : "/") + rest;
    }

    /** The text between the first two unescaped pipes. */
    private static String firstCell(String line) {
        int start = line.indexOf('|') + 1;
        for (int i = start; i < line.length(); i++) {
            if (line.charAt(i) == '|' && line.charAt(i - 1) != '\\') {
                return line.substring(start, i);
            }
        }
        return line.substring(start);
    }
}

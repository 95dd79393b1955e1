package uk.org.cascade.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A learning record store in the test JVM, started with the test database before Payara boots, so that the
 * deployment sends its statements here. It takes {@code PUT /xapi/statements?statementId=} as an LRS does: checks
 * the version header, the credentials and every xAPI rule ({@link XapiRules}); stores a statement once and answers
 * 409 to its id again; and answers 503 to everything while a test has it {@link #down(boolean) down}.
 */
public final class TestLrs {

    public static final String KEY = "cascade-it";
    private static final String SECRET = "it-lrs-secret";

    /** One request as it came, and what it was answered. */
    public record Receipt(String statementId, int status) {
    }

    private static HttpServer server;
    private static final Map<String, JsonObject> STORED = new ConcurrentHashMap<>();
    private static final List<Receipt> RECEIPTS = new CopyOnWriteArrayList<>();
    private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    /** Notified on every request, so a test waiting for statements wakes as they arrive. */
    private static final Object ARRIVALS = new Object();

    private TestLrs() {
    }

    /** Starts the store on a free loopback port; the system properties that point Payara at it. */
    static synchronized List<String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/xapi/statements", TestLrs::handle);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
        }
        return List.of("-Dcascade.xapi.endpoint=http://127.0.0.1:" + server.getAddress().getPort() + "/xapi",
                "-Dcascade.xapi.key=" + KEY, "-Dcascade.xapi.secret=" + SECRET);
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** While down, every request is answered 503 Service Unavailable and nothing is stored. */
    public static void down(boolean down) {
        DOWN.set(down);
    }

    /** The statements stored whose actor is the account named {@code personId}, in no particular order. */
    public static List<JsonObject> statementsOf(long personId) {
        String name = String.valueOf(personId);
        return STORED.values().stream().filter(s -> s.getJsonObject("actor") != null
                && s.getJsonObject("actor").getJsonObject("account") != null
                && name.equals(s.getJsonObject("actor").getJsonObject("account").getString("name", null))).toList();
    }

    /** Every request for one statement id, in the order they came. */
    public static List<Receipt> receiptsOf(String statementId) {
        return RECEIPTS.stream().filter(r -> statementId.equals(r.statementId())).toList();
    }

    /** Every rule any statement or request broke since the store started; the deployment's own statements included. */
    public static List<String> problems() {
        return new ArrayList<>(PROBLEMS);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String id = statementId(exchange.getRequestURI().getRawQuery());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int status = answer(exchange, id, new String(body, StandardCharsets.UTF_8));
        RECEIPTS.add(new Receipt(id, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        synchronized (ARRIVALS) {
            ARRIVALS.notifyAll();
        }
    }

    /** Waits until the next request arrives, or at most {@code millis}: for a test's bounded wait on a condition. */
    public static void awaitArrival(long millis) throws InterruptedException {
        synchronized (ARRIVALS) {
            ARRIVALS.wait(millis);
        }
    }

    private static int answer(HttpExchange exchange, String id, String body) {
        if (DOWN.get()) {
            return 503;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return problem(401, id, "no or wrong Basic credentials");
        }
        String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
        if (version == null || !version.startsWith("1.0.")) {
            return problem(400, id, "X-Experience-API-Version header missing or not 1.0.x: " + version);
        }
        if (!"PUT".equals(exchange.getRequestMethod()) || id == null) {
            return problem(400, id, exchange.getRequestMethod() + " without statementId");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return problem(400, id, "Content-Type is " + type);
        }
        JsonObject statement;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            statement = reader.readObject();
        } catch (JsonException e) {
            return problem(400, id, "not a JSON object");
        }
        List<String> broken = new ArrayList<>(XapiRules.problems(statement));
        if (!id.equals(statement.getString("id", null))) {
            broken.add("the body's id is not the statementId parameter");
        }
        if (!broken.isEmpty()) {
            return problem(400, id, String.join("; ", broken));
        }
        return STORED.putIfAbsent(id, statement) == null ? 204 : 409;
    }

    private static int problem(int status, String id, String what) {
        PROBLEMS.add("statement " + id + ": " + what);
        return status;
    }

    private static String statementId(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("statementId=")) {
                return URLDecoder.decode(pair.substring("statementId=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}

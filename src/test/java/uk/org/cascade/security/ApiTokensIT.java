package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * API tokens through the API: a token acts as its owner with their roles and scope of the moment, and is 401 once
 * revoked, expired or its owner deactivated. One world for the class: HTTP Basic pays a password hash per call, so
 * the administrator works through a token of their own after the first.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ApiTokensIT extends DeployedCascade {

    private static final String PASSWORD = "a long enough password";

    private String admin;
    private long coordinatorId;
    private Caller coordinator;
    private int norfolkSchool;
    private int suffolkSchool;

    @BeforeEach
    void world() {
        if (admin != null) {
            return;
        }
        admin = issue(Caller.ADMIN, "IT administration", 1).getString("token");
        JsonObject created = createUser("COORDINATOR", "{\"localAuthorities\":[926]}");
        coordinatorId = created.getJsonNumber("id").longValue();
        coordinator = new Caller(created.getString("email"), PASSWORD);
        norfolkSchool = firstSchool(926);
        suffolkSchool = firstSchool(935);
    }

    @Test
    void aToken_signsInAsItsOwner_onlyTheIssueCarriesIt_andItsUseIsRecorded() {
        Instant before = Instant.now();
        Answer issued = api.post("/api/v1/me/tokens", "{\"name\":\"Power BI refresh\",\"expiresInDays\":30}",
                coordinator);

        assertEquals(201, issued.status(), issued.body());
        JsonObject body = issued.json();
        long id = body.getJsonNumber("id").longValue();
        String token = body.getString("token");
        assertTrue(issued.header("Location").orElseThrow().endsWith("/api/v1/me/tokens/" + id));
        assertTrue(token.startsWith("cascade_") && token.length() >= 8 + 43, "256 bits, URL-safe: " + token.length());
        assertEquals("Power BI refresh", body.getString("name"));
        Instant expires = Instant.parse(body.getString("expires"));
        assertTrue(!expires.isBefore(before.plus(Duration.ofDays(30)).minusSeconds(5))
                && expires.isBefore(Instant.now().plus(Duration.ofDays(30)).plusSeconds(5)), expires.toString());

        JsonObject unused = listed(getBearer("/api/v1/users/" + coordinatorId + "/tokens", admin), id);
        assertEquals(JsonValue.NULL, unused.get("lastUsed"), "listed as null until first used");

        HttpResponse<String> me = getBearer("/api/v1/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"email\":\"" + coordinator.email() + "\""), me.body());
        assertFalse(me.headers().firstValue("Set-Cookie").isPresent(), "a token call starts no session");

        HttpResponse<String> mine = getBearer("/api/v1/me/tokens", token);
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject row = listed(mine, id);
        assertEquals(List.of("created", "expires", "id", "lastUsed", "name"), row.keySet().stream().sorted().toList());
        assertFalse(mine.body().contains(token), "the list never carries the token");
        assertNotNull(row.getString("lastUsed"));
        assertEquals(body.getString("expires"), row.getString("expires"));
    }

    @Test
    void aCoordinatorsToken_seesOnlyTheirArea_andARoleOrScopeChangeAppliesAtOnce() {
        String token = issue(coordinator, "Area report", 7).getString("token");

        assertEquals(200, getBearer("/api/v1/schools/" + norfolkSchool, token).statusCode());
        assertEquals(404, getBearer("/api/v1/schools/" + suffolkSchool, token).statusCode(), "another LA's school");

        JsonObject user = json(getBearer("/api/v1/users/" + coordinatorId, admin));
        HttpResponse<String> moved = sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users/" + coordinatorId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Test Person\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[935]},"
                                + "\"version\":" + user.getInt("version") + "}")), admin);
        assertEquals(200, moved.statusCode(), moved.body());

        assertEquals(404, getBearer("/api/v1/schools/" + norfolkSchool, token).statusCode(), "scope changed at once");
        assertEquals(200, getBearer("/api/v1/schools/" + suffolkSchool, token).statusCode());

        JsonObject now = json(getBearer("/api/v1/users/" + coordinatorId, admin));
        HttpResponse<String> back = sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users/" + coordinatorId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Test Person\",\"roles\":[\"LEARNER\"],\"version\":" + now.getInt("version") + "}")),
                admin);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(getBearer("/api/v1/me", token).body().contains("\"roles\":[\"LEARNER\"]"));
        assertEquals(403, getBearer("/api/v1/schools", token).statusCode(), "no longer a coordinator");

        JsonObject last = json(getBearer("/api/v1/users/" + coordinatorId, admin));
        assertEquals(200, sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users/" + coordinatorId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Test Person\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]},"
                                + "\"version\":" + last.getInt("version") + "}")), admin).statusCode());
    }

    @Test
    void revoked_expired_unknown_andADeactivatedOwnersTokens_are401WithABearerChallenge() throws SQLException {
        JsonObject learner = createUser("LEARNER", null);
        Caller owner = new Caller(learner.getString("email"), PASSWORD);
        JsonObject revoked = issue(owner, "Revoked", 30);
        JsonObject expired = issue(owner, "Expired", 30);
        JsonObject kept = issue(owner, "Kept", 30);
        String keptToken = kept.getString("token");
        assertEquals(200, getBearer("/api/v1/me", revoked.getString("token")).statusCode());

        HttpResponse<String> revoke = sendBearer(HttpRequest.newBuilder(
                api.uri("/api/v1/me/tokens/" + revoked.getInt("id"))).DELETE(), keptToken);
        assertEquals(204, revoke.statusCode(), revoke.body());
        unauthorized(revoked.getString("token"), "revoked");
        assertEquals(404, sendBearer(HttpRequest.newBuilder(
                api.uri("/api/v1/me/tokens/" + revoked.getInt("id"))).DELETE(), keptToken).statusCode(), "gone already");
        assertTrue(listedIds(getBearer("/api/v1/me/tokens", keptToken)).stream()
                .noneMatch(id -> id == revoked.getInt("id")), "a revoked token is no longer listed");

        try (Connection c = TestDatabase.connect(); PreparedStatement past = c.prepareStatement(
                "UPDATE api_token SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?")) {
            past.setLong(1, expired.getJsonNumber("id").longValue());
            assertEquals(1, past.executeUpdate());
        }
        unauthorized(expired.getString("token"), "expired");
        assertTrue(listedIds(getBearer("/api/v1/me/tokens", keptToken)).contains(expired.getInt("id")),
                "an expired token stays listed, so its owner sees why a script stopped");

        unauthorized("cascade_" + "A".repeat(43), "unknown");
        unauthorized("not-even-the-shape-of-a-token", "malformed");

        long ownerId = learner.getJsonNumber("id").longValue();
        HttpResponse<String> off = sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users/" + ownerId + "/deactivation"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"version\":" + learner.getInt("version") + "}")), admin);
        assertEquals(200, off.statusCode(), off.body());
        unauthorized(keptToken, "owner deactivated");

        HttpResponse<String> page = sendBearer(HttpRequest.newBuilder(api.uri("/security/tokens.xhtml")).GET(), admin);
        assertEquals(302, page.statusCode(), "Bearer is for the API only: a page still wants a sign-in");
    }

    @Test
    void anotherUsersTokenId_is404_administratorsListAndRevokeAnyones_andAllIsAudited() {
        JsonObject learner = createUser("LEARNER", null);
        long learnerId = learner.getJsonNumber("id").longValue();
        Caller owner = new Caller(learner.getString("email"), PASSWORD);
        JsonObject theirs = issue(owner, "Roster upload", 90);
        String theirToken = theirs.getString("token");
        long tokenId = theirs.getJsonNumber("id").longValue();
        String coordinatorToken = issue(coordinator, "Someone else", 1).getString("token");

        assertEquals(404, sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/me/tokens/" + tokenId)).DELETE(),
                coordinatorToken).statusCode(), "not the caller's token");
        assertEquals(200, getBearer("/api/v1/me", theirToken).statusCode(), "and it still works");
        assertEquals(403, getBearer("/api/v1/users/" + learnerId + "/tokens", coordinatorToken).statusCode(),
                "administrators only");

        HttpResponse<String> listed = getBearer("/api/v1/users/" + learnerId + "/tokens", admin);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals("Roster upload", listed(listed, tokenId).getString("name"));
        assertFalse(listed.body().contains(theirToken));
        assertEquals(404, getBearer("/api/v1/users/999999999/tokens", admin).statusCode(), "no such user");
        assertEquals(404, sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users/" + coordinatorId + "/tokens/"
                + tokenId)).DELETE(), admin).statusCode(), "the token is not that user's");

        HttpResponse<String> revoked = sendBearer(HttpRequest.newBuilder(
                api.uri("/api/v1/users/" + learnerId + "/tokens/" + tokenId)).DELETE(), admin);
        assertEquals(204, revoked.statusCode(), revoked.body());
        unauthorized(theirToken, "revoked by an administrator");

        HttpResponse<String> trail = getBearer("/api/v1/audit?entityType=ApiToken&entityId=" + tokenId, admin);
        JsonArray events = json(trail).getJsonArray("items");
        assertEquals(List.of("REVOKED_BY_ADMINISTRATOR", "ISSUED"),
                events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
        assertEquals(owner.email(), events.getJsonObject(1).getString("actor"));
        assertEquals(TestDatabase.ADMIN_EMAIL, events.getJsonObject(0).getString("actor"));
        assertTrue(events.getJsonObject(0).getString("after").contains("Roster upload"));
        assertFalse(trail.body().contains(theirToken.substring(8)), "never the token in the audit trail");

        JsonObject own = issue(owner, "Own revoke", 1);
        assertEquals(204, sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/me/tokens/" + own.getInt("id"))).DELETE(),
                own.getString("token")).statusCode());
        JsonArray ownEvents = json(getBearer("/api/v1/audit?entityType=ApiToken&entityId=" + own.getInt("id"), admin))
                .getJsonArray("items");
        assertEquals("REVOKED", ownEvents.getJsonObject(0).getString("action"));
    }

    @Test
    void badInput_is422NamingTheField() {
        String[][] cases = {
                {"{\"expiresInDays\":30}", "name"},
                {"{\"name\":\"   \",\"expiresInDays\":30}", "name"},
                {"{\"name\":\"" + "n".repeat(101) + "\",\"expiresInDays\":30}", "name"},
                {"{\"name\":42,\"expiresInDays\":30}", "name"},
                {"{\"name\":\"x\"}", "expiresInDays"},
                {"{\"name\":\"x\",\"expiresInDays\":0}", "expiresInDays"},
                {"{\"name\":\"x\",\"expiresInDays\":366}", "expiresInDays"},
                {"{\"name\":\"x\",\"expiresInDays\":1.5}", "expiresInDays"},
                {"{\"name\":\"x\",\"expiresInDays\":\"ninety\"}", "expiresInDays"},
                {"{\"name\":\"x\",\"expiresInDays\":99999999999999999999}", "expiresInDays"},
        };
        for (String[] c : cases) {
            HttpResponse<String> refused = sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/me/tokens"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(c[0])), admin);

            assertEquals(422, refused.statusCode(), c[0] + " → " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(c[1], json(refused).getJsonArray("errors").getJsonObject(0).getString("field"), c[0]);
        }
    }

    private void unauthorized(String token, String why) {
        HttpResponse<String> me = getBearer("/api/v1/me", token);
        assertEquals(401, me.statusCode(), why + ": " + me.body());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), why);
        assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer realm=\"Cascade\""), why);
    }

    private JsonObject issue(Caller caller, String name, int days) {
        Answer issued = api.post("/api/v1/me/tokens", "{\"name\":\"" + name + "\",\"expiresInDays\":" + days + "}", caller);
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    private JsonObject createUser(String role, String scope) {
        String email = role.toLowerCase() + ".token." + UUID.randomUUID() + "@school.test";
        HttpResponse<String> created = sendBearer(HttpRequest.newBuilder(api.uri("/api/v1/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SecurityIT.userJson(email, role, scope))), admin);
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    private int firstSchool(int la) {
        HttpResponse<String> page = getBearer("/api/v1/schools?la=" + la + "&size=1", admin);
        assertEquals(200, page.statusCode(), page.body());
        return json(page).getJsonArray("items").getJsonObject(0).getInt("urn");
    }

    private HttpResponse<String> getBearer(String path, String token) {
        return sendBearer(HttpRequest.newBuilder(api.uri(path)).GET(), token);
    }

    private HttpResponse<String> sendBearer(HttpRequest.Builder request, String token) {
        return api.exchange(request.header("Accept", "application/json").header("Authorization", "Bearer " + token),
                Caller.NOBODY, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static List<Integer> listedIds(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(t -> t.getInt("id")).toList();
        }
    }

    private static JsonObject listed(HttpResponse<String> response, long id) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst()
                    .orElseThrow(() -> new AssertionError("token " + id + " is not listed: " + response.body()));
        }
    }
}

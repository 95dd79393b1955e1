package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Sign-in over HTTP Basic, roles, scope and throttling, against Payara Micro and MariaDB. */
class SecurityIT extends DeployedCascade {

    @Test
    void me_answersTheAdministratorFromTheEnvironment() {
        Answer me = api.get("/api/v1/me", Caller.ADMIN);

        assertEquals(200, me.status());
        assertEquals(Caller.ADMIN.email(), me.json().getString("email"));
        assertEquals("ADMIN", me.json().getJsonArray("roles").getString(0));
        assertTrue(me.json().getJsonNumber("personId").longValue() > 0);
    }

    @Test
    void me_withoutCredentials_is401ProblemWithBasicAndBearerChallenges() {
        Answer me = api.get("/api/v1/me", Caller.NOBODY);

        assertEquals(401, me.status());
        assertTrue(me.contentType().startsWith("application/problem+json"), me.contentType());
        assertEquals(401, me.json().getInt("status"));
        assertTrue(me.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(me.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Bearer ")),
                me.headers().allValues("WWW-Authenticate").toString());
    }

    @Test
    void me_withWrongPassword_is401() {
        Answer me = api.get("/api/v1/me", new Caller(Caller.ADMIN.email(), "not the password at all"));

        assertEquals(401, me.status());
        assertEquals("Unauthorized", me.json().getString("title"));
    }

    @Test
    void users_asLearner_is403Problem() {
        Caller learner = createUser("LEARNER", null);

        Answer list = api.get("/api/v1/users", learner);
        Answer create = api.post("/api/v1/users", userJson("someone." + UUID.randomUUID() + "@school.test",
                "LEARNER", null), learner);

        assertEquals(403, list.status());
        assertEquals(403, list.json().getInt("status"));
        assertTrue(list.contentType().startsWith("application/problem+json"));
        assertEquals(403, create.status());
    }

    @Test
    void coordinatorScope_isStoredAndReturnedByMe() {
        Caller coordinator = createUser("COORDINATOR",
                "{\"localAuthorities\":[926,935],\"regions\":[\"East of England\"]}");

        JsonObject me = api.get("/api/v1/me", coordinator).json();

        assertEquals("[926,935]", me.getJsonObject("scope").getJsonArray("localAuthorities").toString());
        assertEquals("[\"East of England\"]", me.getJsonObject("scope").getJsonArray("regions").toString());
        assertEquals("COORDINATOR", me.getJsonArray("roles").getString(0));
    }

    @Test
    void signIn_pausesAfterFiveFailures_evenWithTheRightPassword() {
        Caller user = createUser("TRAINER", null);
        Caller wrong = new Caller(user.email(), "a wrong password here");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.get("/api/v1/me", wrong).status(), "attempt " + attempt);
        }
        Answer paused = api.get("/api/v1/me", user);

        assertEquals(429, paused.status());
        assertTrue(paused.header("Retry-After").isPresent());
        assertTrue(paused.json().getString("detail").contains("Too many failed sign-ins"));
    }

    @Test
    void signIn_pausesUnknownEmailsAlike_soAPauseRevealsNoAccount() {
        Caller nobody = new Caller("nobody." + UUID.randomUUID() + "@school.test", "a wrong password here");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.get("/api/v1/me", nobody).status(), "attempt " + attempt);
        }

        assertEquals(429, api.get("/api/v1/me", nobody).status());
    }

    @Test
    void deactivatedUser_canNoLongerSignIn() {
        Caller user = createUser("LEARNER", null);
        JsonObject created = account(user);
        assertEquals(200, api.get("/api/v1/me", user).status());

        Answer deactivated = api.post("/api/v1/users/" + created.getInt("id") + "/deactivation",
                "{\"version\":" + created.getInt("version") + "}", Caller.ADMIN);

        assertEquals(200, deactivated.status());
        assertFalse(deactivated.json().getBoolean("active"));
        assertEquals(401, api.get("/api/v1/me", user).status());
    }

    @Test
    void rememberedBasicCredential_followsRoleNameAndPasswordChangesAtOnce() {
        Caller user = createUser("LEARNER", null);
        assertEquals("[\"LEARNER\"]", api.get("/api/v1/me", user).json().getJsonArray("roles").toString());
        JsonObject account = account(user);

        Answer changed = api.put("/api/v1/users/" + account.getInt("id"), "{\"name\":\"Test Person\","
                + "\"roles\":[\"TRAINER\"],\"version\":" + account.getInt("version") + "}", Caller.ADMIN);
        assertEquals(200, changed.status(), changed.body());

        assertEquals("[\"TRAINER\"]", api.get("/api/v1/me", user).json().getJsonArray("roles").toString());

        Answer renamed = api.put("/api/v1/users/" + account.getInt("id"), "{\"name\":\"Renamed Person\","
                + "\"roles\":[\"TRAINER\"],\"version\":" + changed.json().getInt("version") + "}", Caller.ADMIN);
        assertEquals(200, renamed.status(), renamed.body());

        assertEquals("Renamed Person", api.get("/api/v1/me", user).json().getString("name"));

        Answer newPassword = api.put("/api/v1/users/" + account.getInt("id"), "{\"name\":\"Renamed Person\","
                + "\"roles\":[\"TRAINER\"],\"password\":\"another long enough password\",\"version\":"
                + renamed.json().getInt("version") + "}", Caller.ADMIN);
        assertEquals(200, newPassword.status(), newPassword.body());

        assertEquals(401, api.get("/api/v1/me", user).status());
        assertEquals(200, api.get("/api/v1/me", new Caller(user.email(), "another long enough password")).status());
    }

    @Test
    void rememberedBasicCredential_isPausedAfterFiveFailuresLikeAnyOther() {
        Caller user = createUser("TRAINER", null);
        assertEquals(200, api.get("/api/v1/me", user).status());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.get("/api/v1/me", new Caller(user.email(), "a wrong password here")).status());
        }

        assertEquals(429, api.get("/api/v1/me", user).status());
    }

    private JsonObject account(Caller user) {
        return api.get("/api/v1/users?q=" + user.email(), Caller.ADMIN).json().getJsonArray("items").getJsonObject(0);
    }

    private Caller createUser(String role, String scope) {
        String email = role.toLowerCase() + "." + UUID.randomUUID() + "@school.test";
        Answer created = api.post("/api/v1/users", userJson(email, role, scope), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return new Caller(email, "a long enough password");
    }

    static String userJson(String email, String role, String scope) {
        return "{\"email\":\"" + email + "\",\"name\":\"Test Person\",\"password\":\"a long enough password\","
                + "\"roles\":[\"" + role + "\"]" + (scope == null ? "" : ",\"scope\":" + scope) + "}";
    }
}

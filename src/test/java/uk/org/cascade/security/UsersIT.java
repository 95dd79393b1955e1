package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** User administration through the API, and the audit trail it leaves. */
class UsersIT extends DeployedCascade {

    @Test
    void create_answers201WithLocationAndId() {
        String email = "Mixed.Case." + UUID.randomUUID() + "@School.test";

        Answer created = api.post("/api/v1/users", SecurityIT.userJson(email, "SUPERVISOR", null), Caller.ADMIN);

        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/users/" + id));
        assertEquals(email.toLowerCase(), created.json().getString("email"));
        assertEquals(200, api.get("/api/v1/users/" + id, Caller.ADMIN).status());
    }

    @Test
    void create_linksThePersonWhoAlreadyHasThatEmail() throws SQLException {
        String email = "known." + UUID.randomUUID() + "@school.test";
        long personId;
        try (Connection c = TestDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO person (name, email, version) VALUES ('Known Person', ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.executeUpdate();
            ResultSet key = insert.getGeneratedKeys();
            key.next();
            personId = key.getLong(1);
        }

        Answer created = api.post("/api/v1/users", SecurityIT.userJson(email.toUpperCase(), "LEARNER", null), Caller.ADMIN);

        assertEquals(201, created.status(), created.body());
        assertEquals(personId, created.json().getJsonNumber("personId").longValue());
    }

    @Test
    void create_sameEmailInOtherCase_is409() {
        String email = "twice." + UUID.randomUUID() + "@school.test";
        assertEquals(201, api.post("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), Caller.ADMIN).status());

        Answer again = api.post("/api/v1/users", SecurityIT.userJson(email.toUpperCase(), "LEARNER", null), Caller.ADMIN);

        assertEquals(409, again.status());
        assertTrue(again.json().getString("detail").contains("exists already"));
    }

    @Test
    void create_weakPassword_is422AndCreatesNothing() {
        String email = "weak." + UUID.randomUUID() + "@school.test";

        Answer weak = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Weak\",\"password\":\""
                + email + "\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN);

        assertEquals(422, weak.status());
        assertTrue(weak.json().getJsonArray("errors").toString().contains("must not be your email address"));
        assertEquals(0, api.get("/api/v1/users?q=" + email, Caller.ADMIN).json().getInt("total"));
    }

    @Test
    void coordinatorWithoutScope_andScopeForALearner_are422() {
        Answer noScope = api.post("/api/v1/users",
                SecurityIT.userJson("c." + UUID.randomUUID() + "@la.test", "COORDINATOR", null), Caller.ADMIN);
        Answer learnerScope = api.post("/api/v1/users",
                SecurityIT.userJson("l." + UUID.randomUUID() + "@la.test", "LEARNER", "{\"localAuthorities\":[926]}"),
                Caller.ADMIN);
        Answer badScope = api.post("/api/v1/users", SecurityIT.userJson("b." + UUID.randomUUID() + "@la.test",
                "COORDINATOR", "{\"localAuthorities\":[92],\"regions\":[\"Atlantis\"]}"), Caller.ADMIN);

        assertEquals(422, noScope.status());
        assertTrue(noScope.body().contains("a coordinator needs a scope"));
        assertEquals(422, learnerScope.status());
        assertTrue(learnerScope.body().contains("only a coordinator has a scope"));
        assertEquals(422, badScope.status());
        assertTrue(badScope.body().contains("'92' is not a three-digit DfE local authority code"));
        assertTrue(badScope.body().contains("'Atlantis' is not a region of England"));
    }

    @Test
    void change_withStaleVersion_is409AndChangesNothing() {
        JsonObject user = create("LEARNER");
        long id = user.getJsonNumber("id").longValue();
        String change = "{\"name\":\"Renamed\",\"roles\":[\"LEARNER\",\"TRAINER\"],\"version\":%d}";

        Answer first = api.put("/api/v1/users/" + id, change.formatted(user.getInt("version")), Caller.ADMIN);
        Answer stale = api.put("/api/v1/users/" + id, change.formatted(user.getInt("version")), Caller.ADMIN);

        assertEquals(200, first.status(), first.body());
        assertEquals("[\"TRAINER\",\"LEARNER\"]", first.json().getJsonArray("roles").toString());
        assertEquals("Renamed", first.json().getString("name"), "the answer shows the new name at once");
        assertEquals("Renamed", api.get("/api/v1/users/" + id, Caller.ADMIN).json().getString("name"));
        assertEquals(409, stale.status());
        assertEquals(first.json().getInt("version"),
                api.get("/api/v1/users/" + id, Caller.ADMIN).json().getInt("version"));
    }

    @Test
    void create_writesAnAuditEventWithTheStateAfterAndNoPasswordHash() {
        JsonObject user = create("TRAINER");
        String id = user.getJsonNumber("id").toString();

        JsonObject page = api.get("/api/v1/audit?entityType=UserAccount&entityId=" + id, Caller.ADMIN).json();

        assertEquals(1, page.getInt("total"));
        JsonObject event = page.getJsonArray("items").getJsonObject(0);
        assertEquals("CREATED", event.getString("action"));
        assertEquals(Caller.ADMIN.email(), event.getString("actor"));
        assertTrue(event.getString("after").contains(user.getString("email")));
        assertFalse(event.getString("after").toLowerCase().contains("password"));
    }

    @Test
    void change_writesBeforeAndAfter() {
        JsonObject user = create("LEARNER");
        String id = user.getJsonNumber("id").toString();
        api.put("/api/v1/users/" + id, "{\"name\":\"New Name\",\"roles\":[\"LEARNER\"],\"version\":"
                + user.getInt("version") + "}", Caller.ADMIN);

        JsonObject latest = api.get("/api/v1/audit?entityType=UserAccount&entityId=" + id, Caller.ADMIN).json()
                .getJsonArray("items").getJsonObject(0);

        assertEquals("CHANGED", latest.getString("action"));
        assertTrue(latest.getString("before").contains("Test Person"));
        assertTrue(latest.getString("after").contains("New Name"));
    }

    @Test
    void theLastActiveAdministrator_cannotBeDeactivatedNorDemoted() {
        // No test creates administrators, but the suite's deployment loads the demo world, which has one: it stands
        // down for this test, so that the administrator from the environment is the last one, and comes back after.
        JsonObject demo = user("admin@cascade.example");
        Answer stoodDown = api.post("/api/v1/users/" + demo.getInt("id") + "/deactivation",
                "{\"version\":" + demo.getInt("version") + "}", Caller.ADMIN);
        assertEquals(200, stoodDown.status(), stoodDown.body());
        try {
            JsonObject admin = user(Caller.ADMIN.email());
            String version = "\"version\":" + admin.getInt("version");

            Answer deactivate = api.post("/api/v1/users/" + admin.getInt("id") + "/deactivation", "{" + version + "}",
                    Caller.ADMIN);
            Answer demote = api.put("/api/v1/users/" + admin.getInt("id"),
                    "{\"name\":\"Administrator\",\"roles\":[\"LEARNER\"]," + version + "}", Caller.ADMIN);

            assertEquals(409, deactivate.status());
            assertTrue(deactivate.json().getString("detail").contains("last active administrator"));
            assertEquals(409, demote.status());
            assertEquals(200, api.get("/api/v1/me", Caller.ADMIN).status());
        } finally {
            Answer back = api.post("/api/v1/users/" + demo.getInt("id") + "/reactivation",
                    "{\"version\":" + stoodDown.json().getInt("version") + "}", Caller.ADMIN);
            assertEquals(200, back.status(), back.body());
        }
    }

    private JsonObject user(String email) {
        return api.get("/api/v1/users?q=" + email, Caller.ADMIN).json().getJsonArray("items").getJsonObject(0);
    }

    @Test
    void aDeactivatedUser_isReactivated_andSignsInAgain_butAStaleVersionChangesNothing() {
        String email = "returning." + UUID.randomUUID() + "@school.test";
        Answer created = api.post("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Caller user = new Caller(email, "a long enough password");
        Answer deactivated = api.post("/api/v1/users/" + id + "/deactivation",
                "{\"version\":" + created.json().getInt("version") + "}", Caller.ADMIN);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertEquals(401, api.get("/api/v1/me", user).status());
        int version = deactivated.json().getInt("version");

        Answer stale = api.post("/api/v1/users/" + id + "/reactivation", "{\"version\":" + (version - 1) + "}",
                Caller.ADMIN);
        assertEquals(409, stale.status(), stale.body());
        assertEquals(401, api.get("/api/v1/me", user).status(), "still deactivated");
        Caller learner = new Caller(create("LEARNER").getString("email"), "a long enough password");
        assertEquals(403, api.post("/api/v1/users/" + id + "/reactivation", "{\"version\":" + version + "}", learner)
                .status(), "administrators only");
        Answer reactivated = api.post("/api/v1/users/" + id + "/reactivation", "{\"version\":" + version + "}",
                Caller.ADMIN);

        assertEquals(200, reactivated.status(), reactivated.body());
        assertTrue(reactivated.json().getBoolean("active"));
        assertEquals(email, api.get("/api/v1/me", user).json().getString("email"), "signs in again");
    }

    private JsonObject create(String role) {
        Answer created = api.post("/api/v1/users",
                SecurityIT.userJson(role.toLowerCase() + "." + UUID.randomUUID() + "@school.test", role, null), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }
}

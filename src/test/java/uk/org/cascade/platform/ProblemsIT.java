package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Every error the API answers is RFC 9457 problem+json, with no stack trace and no 500 for bad input. */
class ProblemsIT extends DeployedCascade {

    @Test
    void unknownPath_is404Problem() {
        Answer answer = api.get("/api/v1/no-such-thing", Caller.ADMIN);

        assertProblem(answer, 404);
    }

    @Test
    void unknownUser_is404Problem() {
        Answer answer = api.get("/api/v1/users/987654321", Caller.ADMIN);

        assertProblem(answer, 404);
        assertEquals("No user with id 987654321", answer.json().getString("detail"));
    }

    @Test
    void malformedJson_is400Problem() {
        Answer answer = api.post("/api/v1/users", "{\"email\": ", Caller.ADMIN);

        assertProblem(answer, 400);
    }

    @Test
    void invalidUser_is422ListingEveryFieldAtOnce() {
        Answer answer = api.post("/api/v1/users",
                "{\"email\":\"not-an-email\",\"name\":\"\",\"password\":\"short\",\"roles\":[\"WIZARD\"]}", Caller.ADMIN);

        assertProblem(answer, 422);
        String errors = answer.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"field\":\"email\""), errors);
        assertTrue(errors.contains("\"field\":\"name\""), errors);
        assertTrue(errors.contains("at least 12 characters"), errors);
        assertTrue(errors.contains("'WIZARD' is not a role"), errors);
    }

    @Test
    void pageSizeOverTheLimit_is422() {
        Answer answer = api.get("/api/v1/users?size=501", Caller.ADMIN);

        assertProblem(answer, 422);
        assertEquals("size", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void wrongMethod_is405Problem() {
        Answer answer = api.put("/api/v1/me", "{}", Caller.ADMIN);

        assertProblem(answer, 405);
    }

    private static void assertProblem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("type") && problem.containsKey("detail"));
        assertFalse(answer.body().contains("\tat "), "no stack trace");
        assertFalse(answer.body().contains("Exception"), "no exception names");
    }
}

package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.TestDatabase;

/**
 * Builds what cohort tests need through the API: a programme with a self-paced and two live modules and its
 * competencies, trainers (their trainer sign-off written straight into the database, as the sign-off
 * feature is not needed for that), learners employed at a school, and cohorts.
 */
final class CohortWorld {

    static final int NORFOLK_SCHOOL = 990101;
    static final int OTHER_NORFOLK_SCHOOL = 990103;
    static final int LONDON_SCHOOL = 100000;
    static final String PASSWORD = "a long enough password";

    final Api api;
    final String programme;
    final long selfPaced;
    final long liveOne;
    final long liveTwo;
    final long trainerCompetency;
    final long practitionerCompetency;

    CohortWorld(Api api) {
        this.api = api;
        assertEquals(200, api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"),
                Caller.ADMIN).status());
        programme = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Answer created = api.post("/api/v1/programmes", "{\"code\":\"" + programme + "\",\"title\":\"Programme " + programme
                + "\",\"modules\":[{\"title\":\"Reading\",\"minutes\":60,\"mode\":\"SELF_PACED\"},"
                + "{\"title\":\"Workshop one\",\"minutes\":120,\"mode\":\"IN_PERSON\"},"
                + "{\"title\":\"Workshop two\",\"minutes\":120,\"mode\":\"LIVE_ONLINE\"}]}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        var modules = created.json().getJsonArray("modules");
        selfPaced = modules.getJsonObject(0).getJsonNumber("id").longValue();
        liveOne = modules.getJsonObject(1).getJsonNumber("id").longValue();
        liveTwo = modules.getJsonObject(2).getJsonNumber("id").longValue();
        practitionerCompetency = competency(programme + "-P", "PRACTITIONER");
        trainerCompetency = competency(programme + "-T", "TRAINER");
    }

    private long competency(String code, String level) {
        Answer c = api.post("/api/v1/competencies", "{\"code\":\"" + code + "\",\"title\":\"" + code + "\",\"level\":\""
                + level + "\",\"validityMonths\":24,\"programmeCode\":\"" + programme + "\"}", Caller.ADMIN);
        assertEquals(201, c.status(), c.body());
        return c.json().getJsonNumber("id").longValue();
    }

    /** A user with these roles; a coordinator gets Norfolk (926). */
    Caller user(String role) {
        String email = role.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + "@cohort.test";
        String scope = role.equals("COORDINATOR") ? ",\"scope\":{\"localAuthorities\":[926]}" : "";
        Answer a = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"" + role + " " + email.substring(8, 14)
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]" + scope + "}", Caller.ADMIN);
        assertEquals(201, a.status(), a.body());
        return new Caller(email, PASSWORD);
    }

    long personId(Caller caller) {
        return api.get("/api/v1/me", caller).json().getJsonNumber("personId").longValue();
    }

    /** A trainer who holds the programme's trainer competency from {@code from} for 24 months. */
    Caller trainer(LocalDate from) {
        Caller trainer = user("TRAINER");
        signOff(personId(trainer), trainerCompetency, from);
        return trainer;
    }

    void signOff(long personId, long competencyId, LocalDate from) {
        signOff(personId, competencyId, from, personId(Caller.ADMIN));
    }

    /** A sign-off assessed by {@code assessorId}, written straight into the database. */
    void signOff(long personId, long competencyId, LocalDate from, long assessorId) {
        long admin = assessorId;
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO sign_off (person_id, competency_id, assessor_id, signed_on, outcome, evidence, valid_from, "
                        + "expires_on, recorded_at) VALUES (?, ?, ?, ?, 'COMPETENT', 'external certification', ?, ?, NOW(6))")) {
            insert.setLong(1, personId);
            insert.setLong(2, competencyId);
            insert.setLong(3, admin);
            insert.setObject(4, from);
            insert.setObject(5, from);
            insert.setObject(6, from.plusMonths(24));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Someone known by id and email. */
    record Someone(long id, String email) {
    }

    /** A person employed at {@code school} since 2024. */
    Someone learner(int school) {
        String email = "l." + UUID.randomUUID() + "@school.test";
        Answer p = api.post("/api/v1/people", "{\"name\":\"Learner " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"email\":\"" + email + "\",\"employment\":{\"schoolUrn\":" + school
                + ",\"jobTitle\":\"Teaching assistant\",\"startDate\":\"2024-09-01\"}}", Caller.ADMIN);
        assertEquals(201, p.status(), p.body());
        return new Someone(p.json().getJsonNumber("id").longValue(), email);
    }

    /** A learner who can sign in, employed at {@code school}. */
    Caller learnerLogin(int school) {
        Caller learner = user("LEARNER");
        long id = personId(learner);
        assertEquals(201, api.post("/api/v1/people/" + id + "/employments", "{\"schoolUrn\":" + school
                + ",\"jobTitle\":\"Pastoral lead\",\"startDate\":\"2024-09-01\"}", Caller.ADMIN).status());
        return learner;
    }

    /** An OPEN cohort for Norfolk with two sessions: yesterday (first live module) and tomorrow (the second). */
    JsonObject cohort(Caller by, long trainerId, int capacity, String start1, String start2) {
        Answer c = api.post("/api/v1/cohorts", "{\"programmeCode\":\"" + programme + "\",\"title\":\"Cohort "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"capacity\":" + capacity + ",\"leadTrainerIds\":["
                + trainerId + "],\"status\":\"OPEN\",\"localAuthority\":926,\"sessions\":["
                + session(start1, liveOne) + "," + session(start2, liveTwo) + "]}", by);
        assertEquals(201, c.status(), c.body());
        return c.json();
    }

    static String session(String start, long module) {
        String end = java.time.Instant.parse(start).plusSeconds(3 * 3600).toString();
        return "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"location\":\"Norwich Library, room 2\","
                + "\"moduleIds\":[" + module + "]}";
    }

    Answer enrol(long cohort, long person, int school, Caller by) {
        return api.post("/api/v1/cohorts/" + cohort + "/enrolments", "{\"personId\":" + person + ",\"schoolUrn\":" + school
                + "}", by);
    }
}

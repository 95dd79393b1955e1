package uk.org.cascade.refresher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.cohort.CohortWorldAccess.Learner;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.TestDatabase;

/**
 * A programme whose 24-month practitioner competency is renewed by its own refresher programme, a trainer who
 * may lead the refresher, and helpers for practitioners with a chosen holding expiry and refresher cohorts.
 * Built on {@link CohortWorldAccess} (schools, users, learners). The region rule is covered by
 * RefresherPlacementTest: the shared test register has one local authority per region, and adding one would
 * change what other tests see.
 */
final class RefresherWorld {

    static final int NORFOLK = 926;
    static final int NORFOLK_SCHOOL = 990101;
    static final int LONDON = 201;
    static final int LONDON_SCHOOL = 100000;
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    final Api api;
    final CohortWorldAccess cohorts;
    final String programme;
    final String refresher;
    final long refresherId;
    final String practitionerCode;
    final long practitioner;
    final long trainerCompetency;
    final Caller trainer;
    final long trainerId;

    RefresherWorld(Api api) {
        this.api = api;
        this.cohorts = new CohortWorldAccess(api);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        programme = "RP" + tag;
        refresher = "RR" + tag;
        programme(programme);
        refresherId = programme(refresher);
        trainerCompetency = competency(programme + "-T", "TRAINER", 36, null);
        practitionerCode = programme + "-P";
        practitioner = competency(practitionerCode, "PRACTITIONER", 24, refresher);
        trainer = cohorts.user("TRAINER");
        trainerId = cohorts.personId(trainer);
        signOff(trainerId, trainerCompetency, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
    }

    private long programme(String code) {
        Answer p = api.post("/api/v1/programmes", "{\"code\":\"" + code + "\",\"title\":\"Programme " + code
                + "\",\"modules\":[{\"title\":\"Workshop\",\"minutes\":120,\"mode\":\"LIVE_ONLINE\"}]}", Caller.ADMIN);
        assertEquals(201, p.status(), p.body());
        return p.json().getJsonNumber("id").longValue();
    }

    private long competency(String code, String level, int months, String refresherCode) {
        Answer c = api.post("/api/v1/competencies", "{\"code\":\"" + code + "\",\"title\":\"Competency " + code
                + "\",\"level\":\"" + level + "\",\"validityMonths\":" + months + ",\"programmeCode\":\"" + programme + "\""
                + (refresherCode == null ? "" : ",\"refresherProgrammeCode\":\"" + refresherCode + "\",\"refresherWindowDays\":90")
                + "}", Caller.ADMIN);
        assertEquals(201, c.status(), c.body());
        return c.json().getJsonNumber("id").longValue();
    }

    /** A practitioner at {@code school} whose (24-month) holding runs until {@code expiry}, exclusive. */
    Learner practitioner(int school, LocalDate expiry) {
        Learner l = cohorts.learnerAt(school);
        signOff(l.id(), practitioner, expiry.minusMonths(24), expiry);
        return l;
    }

    void signOff(long personId, long competencyId, LocalDate from, LocalDate until) {
        long admin = cohorts.personId(Caller.ADMIN);
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO sign_off (person_id, competency_id, assessor_id, signed_on, outcome, evidence, valid_from, "
                        + "expires_on, recorded_at) VALUES (?, ?, ?, ?, 'COMPETENT', 'test sign-off', ?, ?, NOW(6))")) {
            insert.setLong(1, personId);
            insert.setLong(2, competencyId);
            insert.setLong(3, admin);
            insert.setObject(4, from);
            insert.setObject(5, from);
            insert.setObject(6, until);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OPEN refresher cohort for {@code la} (null: any area) with one session on {@code day}, 09:30 to 12:30. */
    long cohort(Integer la, int capacity, LocalDate day) {
        String start = LocalDateTime.of(day, LocalTime.of(9, 30)).atZone(ENGLAND).toInstant().toString();
        String end = LocalDateTime.of(day, LocalTime.of(12, 30)).atZone(ENGLAND).toInstant().toString();
        Answer c = api.post("/api/v1/cohorts", "{\"programmeCode\":\"" + refresher + "\",\"title\":\"Refresher "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"capacity\":" + capacity + ",\"leadTrainerIds\":["
                + trainerId + "],\"status\":\"OPEN\"" + (la == null ? "" : ",\"localAuthority\":" + la)
                + ",\"sessions\":[{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"location\":\"Online\"}]}", Caller.ADMIN);
        assertEquals(201, c.status(), c.body());
        return c.json().getJsonNumber("id").longValue();
    }

    String name(long personId) {
        return api.get("/api/v1/people/" + personId, Caller.ADMIN).json().getString("name");
    }
}

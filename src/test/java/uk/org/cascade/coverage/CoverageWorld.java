package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.TestDatabase;

/**
 * Coverage fixtures: a local authority of its own (871, "Coverton", East of England) so that its schools hold
 * nothing other tests made, a programme with a 24-month practitioner competency, schools, staff with dated
 * employments and sign-offs written straight into the database (the dates under test lie in the past and
 * future, where the API's own rules would refuse them).
 */
final class CoverageWorld {

    static final int LA = 871;
    private static final AtomicInteger NEXT_URN = new AtomicInteger(871_000 + (int) (System.nanoTime() % 500) * 10);

    final Api api;
    final String programme;
    /** The programme that renews the practitioner competency; null when the world has none. */
    final String refresher;
    final long practitioner;
    /** The local authority this world's schools are in. */
    final int la;
    private final long assessor;

    CoverageWorld(Api api) {
        this(api, false, LA, "Coverton");
    }

    /**
     * With {@code renewable}, a refresher programme ("R" + the programme's code) renews the competency; the
     * schools are in local authority {@code la} ({@code laName}, made if missing), so that a test can have an
     * authority whose schools no other test adds to.
     */
    CoverageWorld(Api api, boolean renewable, int la, String laName) {
        this.api = api;
        this.la = la;
        programme = "CV" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        refresher = renewable ? "R" + programme : null;
        for (String code : renewable ? new String[] {programme, refresher} : new String[] {programme}) {
            Answer created = api.post("/api/v1/programmes", "{\"code\":\"" + code + "\",\"title\":\"Coverage "
                    + code + "\",\"modules\":[{\"title\":\"Workshop\",\"minutes\":120,\"mode\":\"IN_PERSON\"}]}",
                    Caller.ADMIN);
            assertEquals(201, created.status(), created.body());
        }
        Answer c = api.post("/api/v1/competencies", "{\"code\":\"" + programme + "-P\",\"title\":\"Practitioner "
                + programme + "\",\"level\":\"PRACTITIONER\",\"validityMonths\":24,\"programmeCode\":\"" + programme
                + "\"" + (renewable ? ",\"refresherProgrammeCode\":\"" + refresher + "\"" : "") + "}", Caller.ADMIN);
        assertEquals(201, c.status(), c.body());
        practitioner = c.json().getJsonNumber("id").longValue();
        assessor = api.get("/api/v1/me", Caller.ADMIN).json().getJsonNumber("personId").longValue();
        sql("INSERT IGNORE INTO region (name) VALUES ('East of England')");
        sql("INSERT IGNORE INTO local_authority (code, name, region_id, version) SELECT " + la
                + ", '" + laName + "', id, 0 FROM region WHERE name = 'East of England'");
    }

    /** An open primary school in Coverton. */
    int school(String name) {
        return school(name, "OPEN", null);
    }

    int school(String name, String status, LocalDate closeDate) {
        return school(name, status, closeDate, "Primary", "(England/Wales) Rural village", 2);
    }

    /** An open school in Coverton of the phase, GIAS urban/rural class and IMD decile given. */
    int school(String name, String phase, String urbanRural, int imdDecile) {
        return school(name, "OPEN", null, phase, urbanRural, imdDecile);
    }

    private int school(String name, String status, LocalDate closeDate, String phase, String urbanRural, int imd) {
        int urn = NEXT_URN.incrementAndGet();
        // Somewhere in Norfolk on the British National Grid, a little apart, so that each school has its place on the map.
        update("INSERT INTO school (urn, name, la_code, phase, status, close_date, urban_rural, imd_decile, easting, "
                + "northing, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", urn, name, la, phase, status, closeDate,
                urbanRural, imd, 600_000 + (urn % 50) * 800, 290_000 + (urn % 37) * 900);
        return urn;
    }

    /** A person (through the API), with no employment yet. */
    long person(String name) {
        return person(name, "cv." + UUID.randomUUID() + "@school.test");
    }

    long person(String name, String email) {
        Answer p = api.post("/api/v1/people", "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}", Caller.ADMIN);
        assertEquals(201, p.status(), p.body());
        return p.json().getJsonNumber("id").longValue();
    }

    /** Employment at {@code urn} from {@code from} to {@code until} (the last working day; null while open). */
    long employ(long person, int urn, LocalDate from, LocalDate until) {
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO employment (person_id, school_urn, job_title, start_date, end_date, version) "
                        + "VALUES (?, ?, 'Teaching assistant', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, person);
            insert.setInt(2, urn);
            insert.setObject(3, from);
            insert.setObject(4, until);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A coordinator of one local authority; their email is their name for the mail tests. */
    Caller coordinatorOf(int la) {
        String email = "coord." + UUID.randomUUID() + "@coverage.test";
        Answer a = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Cora Ordinator\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[" + la + "]}}",
                Caller.ADMIN);
        assertEquals(201, a.status(), a.body());
        return new Caller(email, "a long enough password");
    }

    /** A COMPETENT practitioner sign-off recorded on {@code from}, held until {@code until} (exclusive). */
    long award(long person, LocalDate from, LocalDate until) {
        return award(person, from, from, until);
    }

    long award(long person, LocalDate signedOn, LocalDate from, LocalDate until) {
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO sign_off (person_id, competency_id, assessor_id, signed_on, outcome, evidence, valid_from, "
                        + "expires_on, recorded_at) VALUES (?, ?, ?, ?, 'COMPETENT', 'observed practice', ?, ?, NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, person);
            insert.setLong(2, practitioner);
            insert.setLong(3, assessor);
            insert.setObject(4, signedOn);
            insert.setObject(5, from);
            insert.setObject(6, until);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list's row for {@code urn} on {@code day}, as {@code caller} sees it. */
    JsonObject row(int urn, LocalDate day, Caller caller) {
        Answer list = api.get("/api/v1/coverage?programme=" + programme + "&la=" + LA + "&date=" + day + "&size=500",
                caller);
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("urn") == urn).findFirst().orElse(null);
    }

    String status(int urn, LocalDate day) {
        JsonObject row = row(urn, day, Caller.ADMIN);
        return row == null ? "ABSENT" : row.getString("status");
    }

    /** The drill-down's status, which CoverageRule computes from the school's staff in Java. */
    String detailStatus(int urn, LocalDate day) {
        Answer detail = api.get("/api/v1/coverage/schools/" + urn + "?programme=" + programme + "&date=" + day,
                Caller.ADMIN);
        assertEquals(200, detail.status(), detail.body());
        return detail.json().getString("status");
    }

    static void sql(String statement) {
        update(statement);
    }

    static void update(String statement, Object... values) {
        try (Connection db = TestDatabase.connect(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

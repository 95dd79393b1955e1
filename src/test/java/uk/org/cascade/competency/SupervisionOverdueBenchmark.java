package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * {@code ./mvnw verify -Pbenchmark -Dit.test=SupervisionOverdueBenchmark}: the supervision overdue list and
 * "last supervision per school" at England's scale. Seeds {@link EnglandScale} (150,000 people, 1,000,000
 * sign-offs; it lives in this package, hence this class does too) plus 500,000 supervision logs of the
 * flagship programme from 2024, then times the overdue API as a coordinator's screen asks it (one local
 * authority, one page) and for all of England, and the one-query last-supervision lookup for every school.
 * Writes {@code target/supervision-overdue-benchmark.txt}. Reports timings; asserts only the seeded counts.
 */
class SupervisionOverdueBenchmark extends DeployedCascade {

    private static final Logger LOG = Logger.getLogger(SupervisionOverdueBenchmark.class.getName());
    private static final Path REPORT = Path.of("target", "supervision-overdue-benchmark.txt");
    static final int LOGS = 500_000;
    private static final int BATCH = 5_000;

    private final Random random = new Random(11);
    private final StringBuilder report = new StringBuilder();

    @Test
    void overdueAndLastSupervisedAtEnglandScale() throws Exception {
        long programmeId;
        int busiestLa;
        List<Integer> urns = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            long start = System.nanoTime();
            EnglandScale data = new EnglandScale(db).seed();
            line("EnglandScale seeded in %.1f s: %,d people, %,d sign-offs", (System.nanoTime() - start) / 1e9,
                    EnglandScale.PEOPLE, data.signOffs);
            programmeId = Long.parseLong(single(db, "SELECT programme_id FROM competency WHERE id = " + data.flagshipPractitioner));
            start = System.nanoTime();
            long supervisees = seedLogs(db, data, programmeId);
            line("Seeded %,d supervision logs with %,d supervisee rows in %.1f s", LOGS, supervisees,
                    (System.nanoTime() - start) / 1e9);
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE TABLE sign_off, sign_off_revocation, employment, person, school, local_authority, "
                        + "supervision_log, supervision_supervisee");
            }
            busiestLa = Integer.parseInt(single(db, "SELECT la_code FROM school WHERE urn >= 600000 GROUP BY la_code "
                    + "ORDER BY COUNT(*) DESC LIMIT 1"));
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT urn FROM school WHERE urn >= 600000")) {
                while (rs.next()) {
                    urns.add(rs.getInt(1));
                }
            }
            assertEquals(EnglandScale.SCHOOLS, urns.size());
            line("Practising on %s (flagship programme): %s people", EnglandScale.LAST_DAY, single(db,
                    "SELECT COUNT(DISTINCT s.person_id) FROM sign_off s WHERE s.competency_id = " + data.flagshipPractitioner
                            + " AND s.outcome = 'COMPETENT' AND s.valid_from <= '" + EnglandScale.LAST_DAY + "' AND (s.expires_on IS NULL "
                            + "OR s.expires_on > '" + EnglandScale.LAST_DAY + "')"));

            String code = single(db, "SELECT code FROM programme WHERE id = " + programmeId);
            String day = "&date=" + EnglandScale.LAST_DAY;
            time("overdue, busiest LA (" + busiestLa + "), page 1 of 50", "/api/v1/supervision/overdue?la=" + busiestLa
                    + "&programme=" + code + day);
            time("overdue, all England, page 1 of 50", "/api/v1/supervision/overdue?programme=" + code + day);
            time("overdue or due soon, all programmes, all England, page 1", "/api/v1/supervision/overdue?status=due" + day);
            time("everyone practising, all England, page 100 of 50", "/api/v1/supervision/overdue?status=all&page=100"
                    + day);

            long[] runs = new long[4];
            for (int r = 0; r < runs.length; r++) {
                long t = System.nanoTime();
                for (int from = 0; from < urns.size(); from += 1000) {
                    List<Integer> chunk = urns.subList(from, Math.min(urns.size(), from + 1000));
                    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT school_urn, "
                            + "MAX(session_date) FROM supervision_supervisee WHERE programme_id = " + programmeId
                            + " AND school_urn IN (" + chunk.stream().map(String::valueOf).collect(Collectors.joining(","))
                            + ") GROUP BY school_urn")) {
                        while (rs.next()) {
                            rs.getDate(2);
                        }
                    }
                }
                runs[r] = (System.nanoTime() - t) / 1_000_000;
            }
            line("lastSupervised for all %,d schools (its SQL, 1,000 URNs per query): runs %s ms (first is warm-up)",
                    urns.size(), Arrays.toString(runs));
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN SELECT school_urn, "
                    + "MAX(session_date) FROM supervision_supervisee WHERE programme_id = " + programmeId
                    + " AND school_urn IN (" + urns.subList(0, 1000).stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ") GROUP BY school_urn")) {
                while (rs.next()) {
                    line("  plan: table %s, type %s, key %s, rows %s, extra %s", rs.getString("table"), rs.getString("type"),
                            rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
                }
            }
        }
        Files.writeString(REPORT, report);
        LOG.info(String.format("%n%s", report));
    }

    /** One warm-up, then three timed calls as the administrator (everyone in reach, the widest query). */
    private void time(String what, String path) {
        long[] ms = new long[4];
        String total = "";
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            Answer answer = api.get(path, Caller.ADMIN);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, answer.status(), answer.body());
            total = String.valueOf(answer.json().getJsonNumber("total").longValue());
        }
        line("%-60s total %8s rows; ms %s (first is warm-up)", what, total, Arrays.toString(ms));
    }

    private long seedLogs(Connection db, EnglandScale data, long programmeId) throws SQLException {
        List<long[]> practitioners = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT DISTINCT s.person_id, e.school_urn FROM sign_off s "
                + "JOIN employment e ON e.person_id = s.person_id WHERE s.competency_id = ? AND s.outcome = 'COMPETENT' "
                + "AND e.school_urn IS NOT NULL")) {
            q.setLong(1, data.flagshipPractitioner);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    practitioners.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        long logId = Long.parseLong(single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM supervision_log"));
        long rowId = Long.parseLong(single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM supervision_supervisee"));
        LocalDate first = LocalDate.of(2024, 1, 1);
        int days = (int) (EnglandScale.LAST_DAY.toEpochDay() - first.toEpochDay());
        long rows = 0;
        db.setAutoCommit(false);
        try (PreparedStatement log = db.prepareStatement("INSERT INTO supervision_log (id, session_date, programme_id, "
                + "supervisor_id, format, mode, minutes, families_discussed, safeguarding_concern, author_id, recorded_at, "
                + "version) VALUES (?, ?, ?, ?, ?, 'VIDEO', 60, 2, FALSE, ?, ?, 1)");
             PreparedStatement supervisee = db.prepareStatement("INSERT INTO supervision_supervisee (id, log_id, person_id, "
                     + "school_urn, programme_id, session_date) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < LOGS; n++) {
                LocalDate date = first.plusDays(random.nextInt(days + 1));
                int size = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(4);
                long supervisor = data.trainers.get(random.nextInt(data.trainers.size()));
                log.setLong(1, logId);
                log.setDate(2, Date.valueOf(date));
                log.setLong(3, programmeId);
                log.setLong(4, supervisor);
                log.setString(5, size == 1 ? "INDIVIDUAL" : "GROUP");
                log.setLong(6, supervisor);
                log.setTimestamp(7, Timestamp.valueOf(date.atTime(17, 0)));
                log.addBatch();
                Set<Long> in = new HashSet<>();
                for (int i = 0; i < size; i++) {
                    long[] p = practitioners.get(random.nextInt(practitioners.size()));
                    if (in.add(p[0])) {
                        supervisee.setLong(1, rowId++);
                        supervisee.setLong(2, logId);
                        supervisee.setLong(3, p[0]);
                        supervisee.setLong(4, p[1]);
                        supervisee.setLong(5, programmeId);
                        supervisee.setDate(6, Date.valueOf(date));
                        supervisee.addBatch();
                        rows++;
                    }
                }
                logId++;
                if ((n + 1) % BATCH == 0) {
                    log.executeBatch();
                    supervisee.executeBatch();
                    db.commit();
                }
            }
            log.executeBatch();
            supervisee.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return rows;
    }

    private void line(String format, Object... args) {
        report.append(String.format(format, args)).append('\n');
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * {@code ./mvnw verify -Pbenchmark -Dit.test=SignOffHoldingBenchmark}: "who holds competency C on day D" over
 * 1,000,000 sign-offs. Seeds an England-sized data set ({@link EnglandScale}) into the schema the deployed app
 * migrated, then times the SQL that {@code Holdings} and the coverage query run, each warmed up and repeated
 * (System.nanoTime around executeQuery and reading every row), with the plan MariaDB picks for each. Prints
 * a table and writes it to {@code target/signoff-holding-benchmark.txt}. Reports timings; asserts only the
 * seeded counts.
 */
class SignOffHoldingBenchmark extends DeployedCascade {

    private static final Logger LOG = Logger.getLogger(SignOffHoldingBenchmark.class.getName());
    private static final Path REPORT = Path.of("target", "signoff-holding-benchmark.txt");
    private static final long BUDGET_NANOS = 60_000_000_000L;

    /** Holdings.HELD_ON_DAY as EclipseLink writes it for MySQL: the enum literal inlined, NOT EXISTS kept. */
    private static final String HELD_ON_DAY = "s.outcome = 'COMPETENT' AND s.valid_from <= ? "
            + "AND (s.expires_on IS NULL OR s.expires_on > ?) "
            + "AND NOT EXISTS (SELECT 1 FROM sign_off_revocation r WHERE r.sign_off_id = s.id)";
    /** People.java and Cohorts.java: current on the day, end date inclusive. */
    private static final String EMPLOYED_ON_DAY = "e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)";
    private static final String COVERAGE = "SELECT e.school_urn, COUNT(DISTINCT e.person_id) FROM employment e "
            + "JOIN sign_off s ON s.person_id = e.person_id %s "
            + "WHERE %s " + EMPLOYED_ON_DAY + " AND s.competency_id = ? AND " + HELD_ON_DAY + " GROUP BY e.school_urn";

    private final Random random = new Random(7);
    private final StringBuilder report = new StringBuilder();

    @Test
    void whoHoldsCompetencyCOnDayD() throws Exception {
        try (Connection db = TestDatabase.connect()) {
            Map<String, Long> before = counts(db);
            long start = System.nanoTime();
            EnglandScale data = new EnglandScale(db).seed();
            long seedMillis = (System.nanoTime() - start) / 1_000_000;
            long analyzeStart = System.nanoTime();
            analyze(db);
            long analyzeMillis = (System.nanoTime() - analyzeStart) / 1_000_000;

            Map<String, Long> after = counts(db);
            assertEquals(EnglandScale.SIGN_OFFS, data.signOffs, "sign-offs generated");
            assertEquals(EnglandScale.SIGN_OFFS, after.get("sign_off") - before.get("sign_off"), "sign-offs");
            assertEquals(data.revocations, after.get("sign_off_revocation") - before.get("sign_off_revocation"));
            assertEquals(EnglandScale.PEOPLE, after.get("person") - before.get("person"), "people");
            assertEquals(data.employments, after.get("employment") - before.get("employment"), "employments");
            assertEquals(EnglandScale.SCHOOLS, after.get("school") - before.get("school"), "schools");
            assertEquals(EnglandScale.LOCAL_AUTHORITIES, after.get("local_authority") - before.get("local_authority"));
            assertEquals(data.competencies, after.get("competency") - before.get("competency"), "competencies");

            describe(db, data, seedMillis, analyzeMillis);
            measure(db, data);
        }
        Files.writeString(REPORT, report);
        LOG.info(String.format("%n%s", report));
    }

    private void describe(Connection db, EnglandScale data, long seedMillis, long analyzeMillis) throws SQLException {
        line("Who holds competency C on day D — SignOffHoldingBenchmark");
        line("Data: %d regions, %,d local authorities, %,d schools, %,d people, %,d employments, %d programmes, "
                        + "%d modules, %d competencies", EnglandScale.REGIONS.length, EnglandScale.LOCAL_AUTHORITIES,
                EnglandScale.SCHOOLS, EnglandScale.PEOPLE, data.employments, data.programmes, data.modules,
                data.competencies);
        line("      %,d sign-offs %s..%s (%,d COMPETENT, %,d NOT_YET_COMPETENT), %,d revoked",
                data.signOffs, EnglandScale.FIRST_DAY, EnglandScale.LAST_DAY, data.competent,
                data.signOffs - data.competent, data.revocations);
        line("      (generated histories held %,d sign-offs; each person's was cut to the same fraction)",
                data.naturalHistories);
        line("Seeding (JDBC batches of 5,000, rewriteBatchedStatements, commit per batch): %.1f s in all", seedMillis / 1e3);
        data.millis.forEach((what, ms) -> line("  %-48s %8.1f s", what, ms / 1e3));
        line("  ANALYZE TABLE (fresh statistics for the optimiser)   %8.1f s", analyzeMillis / 1e3);
        line("Server: %s", single(db, "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size ', "
                + "@@innodb_buffer_pool_size DIV 1048576, ' MB, ', @@innodb_page_size DIV 1024, ' KB pages')"));
        line("Sizes (information_schema.TABLES, MB):");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, table_rows, "
                + "ROUND(data_length / 1048576, 1), ROUND(index_length / 1048576, 1) FROM information_schema.TABLES "
                + "WHERE table_schema = DATABASE() AND table_name IN ('sign_off', 'sign_off_revocation', 'employment', "
                + "'person', 'school') ORDER BY data_length DESC")) {
            while (rs.next()) {
                line("  %-20s ~%,10d rows  data %7.1f  secondary indexes %7.1f", rs.getString(1), rs.getLong(2),
                        rs.getDouble(3), rs.getDouble(4));
            }
        }
        line("Indexes on sign_off and employment:");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, index_name, "
                + "GROUP_CONCAT(column_name ORDER BY seq_in_index) FROM information_schema.STATISTICS "
                + "WHERE table_schema = DATABASE() AND table_name IN ('sign_off', 'employment') "
                + "GROUP BY table_name, index_name ORDER BY table_name, index_name")) {
            while (rs.next()) {
                line("  %-11s %-32s (%s)", rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    private record Query(String name, String sql, int runs, ParameterSource parameters) {
    }

    private interface ParameterSource {
        List<Object> next();
    }

    private void measure(Connection db, EnglandScale data) throws SQLException {
        LocalDate today = EnglandScale.LAST_DAY;
        List<Long> trainers = data.trainers;
        String fifty = IntStream.range(0, 50).mapToObj(i -> "?").collect(Collectors.joining(", "));
        int[] la = {0};
        List<Query> queries = List.of(
                new Query("a. holds(person, trainer competency, random day)",
                        "SELECT DISTINCT s.person_id FROM sign_off s WHERE s.competency_id = ? AND s.person_id IN (?) AND "
                                + HELD_ON_DAY, 500, () -> {
                            LocalDate d = randomDay();
                            return List.of(data.flagshipTrainer, trainers.get(random.nextInt(trainers.size())), d, d);
                        }),
                new Query("b. holders(50 people, practitioner, today)",
                        "SELECT DISTINCT s.person_id FROM sign_off s WHERE s.competency_id = ? AND s.person_id IN ("
                                + fifty + ") AND " + HELD_ON_DAY, 300, () -> {
                            List<Object> p = new ArrayList<>();
                            p.add(data.flagshipPractitioner);
                            for (int i = 0; i < 50; i++) {
                                p.add(data.firstPersonId + random.nextInt(EnglandScale.PEOPLE));
                            }
                            p.add(today);
                            p.add(today);
                            return p;
                        }),
                new Query("c. count holders England-wide, today",
                        "SELECT COUNT(DISTINCT s.person_id) FROM sign_off s WHERE s.competency_id = ? AND " + HELD_ON_DAY,
                        50, () -> List.of(data.flagshipPractitioner, today, today)),
                new Query("c'. count holders England-wide, 2021-06-30",
                        "SELECT COUNT(DISTINCT s.person_id) FROM sign_off s WHERE s.competency_id = ? AND " + HELD_ON_DAY,
                        50, () -> List.of(data.flagshipPractitioner, LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30))),
                new Query("d. trained staff per school, one LA (each LA in turn), today",
                        String.format(COVERAGE, "JOIN school sc ON sc.urn = e.school_urn", "sc.la_code = ? AND"),
                        EnglandScale.LOCAL_AUTHORITIES, () -> List.of(data.laCodes[la[0]++ % data.laCodes.length],
                                today, today, data.flagshipPractitioner, today, today)),
                new Query("e. trained staff per school, all England, today",
                        String.format(COVERAGE, "", ""), 20,
                        () -> List.of(today, today, data.flagshipPractitioner, today, today)));

        List<String[]> rows = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (Query q : queries) {
            try (PreparedStatement statement = db.prepareStatement(q.sql())) {
                int warmUp = Math.max(3, q.runs() / 10);
                for (int i = 0; i < warmUp; i++) {
                    run(statement, q.parameters().next());
                }
                List<Double> millis = new ArrayList<>();
                long rowsRead = 0;
                long deadline = System.nanoTime() + BUDGET_NANOS;
                for (int i = 0; i < q.runs() && System.nanoTime() < deadline; i++) {
                    List<Object> parameters = q.parameters().next();
                    long start = System.nanoTime();
                    rowsRead += run(statement, parameters);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                rows.add(new String[] {q.name(), Integer.toString(sorted.length),
                        String.format("%.2f", percentile(sorted, 50)), String.format("%.2f", percentile(sorted, 95)),
                        String.format("%.2f", sorted[0]), String.format("%.2f", sorted[sorted.length - 1]),
                        String.format("%.1f", (double) rowsRead / sorted.length)});
            }
            plans.add(explain(db, q));
        }
        line("");
        line("Timings: System.nanoTime around executeQuery + reading every row; parameters vary per run; "
                + "warm-up runs (a tenth, at least 3) discarded; at most %d s per query", BUDGET_NANOS / 1_000_000_000);
        line("%-62s %6s %10s %10s %10s %10s %9s", "query", "runs", "median ms", "p95 ms", "min ms", "max ms", "rows/run");
        for (String[] r : rows) {
            line("%-62s %6s %10s %10s %10s %10s %9s", (Object[]) r);
        }
        line("");
        line("EXPLAIN (select_type, table, type, key, key_len, rows, Extra):");
        plans.forEach(this::line);
        line("");
        line("SQL:");
        queries.forEach(q -> line("  %s%n    %s", q.name(), q.sql()));
    }

    private static long run(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        long rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    private String explain(Connection db, Query q) throws SQLException {
        StringBuilder plan = new StringBuilder("  " + q.name());
        try (PreparedStatement statement = db.prepareStatement("EXPLAIN " + q.sql())) {
            List<Object> parameters = q.parameters().next();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Integer> column = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    column.put(meta.getColumnLabel(c).toLowerCase(), c);
                }
                while (rs.next()) {
                    plan.append(String.format("%n    %-18s %-3s %-15s %-32s %-6s %9s  %s",
                            rs.getString(column.get("select_type")), rs.getString(column.get("table")),
                            rs.getString(column.get("type")), rs.getString(column.get("key")),
                            rs.getString(column.get("key_len")), rs.getString(column.get("rows")),
                            rs.getString(column.get("extra"))));
                }
            }
        }
        return plan.toString();
    }

    private LocalDate randomDay() {
        long days = ChronoUnit.DAYS.between(EnglandScale.FIRST_DAY, EnglandScale.LAST_DAY);
        return EnglandScale.FIRST_DAY.plusDays(random.nextLong(days + 1));
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void analyze(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE TABLE sign_off, sign_off_revocation, employment, person, school, local_authority");
        }
    }

    private static Map<String, Long> counts(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Arrays.asList("sign_off", "sign_off_revocation", "person", "employment", "school",
                "local_authority", "competency")) {
            counts.put(table, Long.valueOf(single(db, "SELECT COUNT(*) FROM " + table)));
        }
        return counts;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void line(String format, Object... args) {
        report.append(String.format(format, args)).append(System.lineSeparator());
    }

    private void line(String text) {
        report.append(text).append(System.lineSeparator());
    }
}

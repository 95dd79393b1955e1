package uk.org.cascade.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.control.CascadeDataSource;

/**
 * Sets each school's IMD decile from the English Indices of Deprivation "File 1" through the school's
 * LSOA: all or nothing, like every import. Accepts the 2011-LSOA and the 2021-LSOA editions.
 */
@ApplicationScoped
public class ImdImport {

    static final List<String> LSOA_COLUMNS = List.of("LSOA code (2011)", "LSOA code (2021)");
    static final String DECILE = "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)";
    private static final Pattern LSOA = Pattern.compile("[EW]0\\d{7}");
    private static final int BATCH = 1000;

    /** What the import did: deciles read, schools given one; any rejected row means nothing was done. */
    public record Report(boolean dryRun, long lsoas, long schoolsUpdated, List<Violation> rejected) {
    }

    @Resource(lookup = CascadeDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Transactional
    public Report run(Path file, boolean dryRun) throws IOException {
        Map<String, Integer> deciles = new HashMap<>();
        List<Violation> problems = read(file, deciles);
        if (!problems.isEmpty()) {
            return new Report(dryRun, 0, 0, problems);
        }
        long updated = 0;
        try (Connection c = dataSource.getConnection();
             Statement read = c.createStatement();
             ResultSet schools = read.executeQuery("SELECT urn, lsoa_code, imd_decile FROM school WHERE lsoa_code IS NOT NULL");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE school SET imd_decile = ?, version = version + 1 WHERE urn = ?")) {
            int pending = 0;
            while (schools.next()) {
                Integer wanted = deciles.get(schools.getString(2));
                if (wanted == null || wanted.equals(schools.getObject(3, Integer.class))) {
                    continue;
                }
                updated++;
                if (!dryRun) {
                    update.setInt(1, wanted);
                    update.setInt(2, schools.getInt(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The IMD import could not be written", e);
        }
        if (!dryRun) {
            audit.record("ImdImport", file.getFileName(), "APPLIED", null,
                    Map.of("lsoas", deciles.size(), "schoolsUpdated", updated));
        }
        return new Report(dryRun, deciles.size(), updated, List.of());
    }

    /** Reads every row into {@code deciles}, answering every problem by line and column. */
    static List<Violation> read(Path file, Map<String, Integer> deciles) throws IOException {
        List<Violation> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(file)) {
            Optional<String> lsoaColumn = LSOA_COLUMNS.stream().filter(parser.getHeaderMap()::containsKey).findFirst();
            if (lsoaColumn.isEmpty() || !parser.getHeaderMap().containsKey(DECILE)) {
                return List.of(Violation.line(1, "header", "missing columns: an LSOA code column ("
                        + String.join(" or ", LSOA_COLUMNS) + ") and '" + DECILE + "' (is this File 1 of the indices?)"));
            }
            Map<String, Integer> firstLine = new HashMap<>();
            try {
                for (CSVRecord record : parser) {
                    int line = Math.toIntExact(record.getRecordNumber() + 1);
                    String lsoa = record.isSet(lsoaColumn.get()) ? record.get(lsoaColumn.get()).strip() : "";
                    String decile = record.isSet(DECILE) ? record.get(DECILE).strip() : "";
                    boolean ok = true;
                    if (!LSOA.matcher(lsoa).matches()) {
                        problems.add(Violation.line(line, lsoaColumn.get(), "'" + lsoa + "' is not an LSOA code like E01000001"));
                        ok = false;
                    } else if (firstLine.putIfAbsent(lsoa, line) != null) {
                        problems.add(Violation.line(line, lsoaColumn.get(), lsoa + " appears twice (first on line "
                                + firstLine.get(lsoa) + ")"));
                        ok = false;
                    }
                    Integer value = decile(decile);
                    if (value == null) {
                        problems.add(Violation.line(line, "IMD decile", "'" + decile + "' is not a decile from 1 to 10"));
                        ok = false;
                    }
                    if (ok) {
                        deciles.put(lsoa, value);
                    }
                }
            } catch (UncheckedIOException e) {
                problems.add(Violation.line(Math.toIntExact(parser.getCurrentLineNumber()), "file",
                        "the CSV is malformed here (an unclosed quote?); nothing after this line was read"));
            }
        } catch (IllegalArgumentException e) {
            return List.of(Violation.line(1, "header", "the first line is not a CSV header"));
        }
        return problems;
    }

    private static Integer decile(String text) {
        try {
            int d = Integer.parseInt(text);
            return d >= 1 && d <= 10 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package uk.org.cascade.organisation.control;

import java.io.Serializable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.organisation.control.GiasFile.Row;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.control.CascadeDataSource;

/**
 * Loads schools, local authorities and regions from a GIAS file: all or nothing. The file is read
 * twice as a stream — first to find every bad row, then to apply — and written with JDBC batches
 * in one transaction, so 50,000 rows need neither an entity per row nor memory that grows with
 * the file. Schools missing from a later file are left alone; an unchanged school is not written.
 */
@ApplicationScoped
public class GiasImport {

    private static final int BATCH = 1000;

    /** What an import did, or would do on a dry run; any rejected row means nothing was done. */
    public record Report(boolean dryRun, long created, long updated, long unchanged, long closed,
                         List<Violation> rejected) implements Serializable {
    }

    /** One school the import creates, updates or closes, for a preview before applying. */
    public record Change(int line, int urn, String name, String laName, String action) implements Serializable {
    }

    @Resource(lookup = CascadeDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Transactional
    public Report run(Path file, boolean dryRun) throws IOException {
        return run(file, dryRun, change -> { });
    }

    /** As {@link #run(Path, boolean)}, telling {@code changes} about every school created, updated or closed. */
    @Transactional
    public Report run(Path file, boolean dryRun, Consumer<Change> changes) throws IOException {
        List<Violation> problems = GiasFile.read(file, row -> { });
        if (!problems.isEmpty()) {
            return new Report(dryRun, 0, 0, 0, 0, problems);
        }
        try (Connection connection = dataSource.getConnection();
             Applier applier = new Applier(connection, dryRun, changes)) {
            GiasFile.read(file, applier);
            applier.flush();
            Report report = new Report(dryRun, applier.created, applier.updated, applier.unchanged, applier.closed, List.of());
            if (!dryRun) {
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("created", report.created());
                counts.put("updated", report.updated());
                counts.put("unchanged", report.unchanged());
                counts.put("closed", report.closed());
                audit.record("GiasImport", file.getFileName(), "APPLIED", null, counts);
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("The GIAS import could not be written", e);
        } catch (UncheckedSqlException e) {
            throw new IllegalStateException("The GIAS import could not be written", e.getCause());
        }
    }

    /** What Cascade keeps of a school from GIAS; equal facts mean the school is unchanged. */
    record SchoolFacts(String name, int laCode, String phase, String type, SchoolStatus status, LocalDate closeDate,
                       String postcode, String urbanRural, Integer easting, Integer northing, String lsoa) {

        static SchoolFacts of(Row r) {
            return new SchoolFacts(r.name(), r.laCode(), r.phase(), r.type(), r.status(), r.closeDate(), r.postcode(),
                    r.urbanRural(), r.easting(), r.northing(), r.lsoa());
        }
    }

    private record LaFacts(String name, long regionId) {
    }

    /** Applies rows one by one against what the database already holds. */
    private static final class Applier implements Consumer<Row>, AutoCloseable {

        private final Connection connection;
        private final boolean dryRun;
        private final Consumer<Change> changes;
        private final Map<String, Long> regions = new HashMap<>();
        private final Map<Integer, LaFacts> localAuthorities = new HashMap<>();
        private final Map<Integer, SchoolFacts> schools = new HashMap<>();
        private final PreparedStatement upsert;
        private int pending;
        private long nextDryRunRegionId = -1;
        long created;
        long updated;
        long unchanged;
        long closed;

        Applier(Connection connection, boolean dryRun, Consumer<Change> changes) throws SQLException {
            this.connection = connection;
            this.dryRun = dryRun;
            this.changes = changes;
            load();
            upsert = connection.prepareStatement("INSERT INTO school (urn, name, la_code, phase, establishment_type, "
                    + "status, close_date, postcode, urban_rural, easting, northing, lsoa_code, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                    + "la_code = VALUES(la_code), phase = VALUES(phase), establishment_type = VALUES(establishment_type), "
                    + "status = VALUES(status), close_date = VALUES(close_date), postcode = VALUES(postcode), "
                    + "urban_rural = VALUES(urban_rural), easting = VALUES(easting), northing = VALUES(northing), "
                    + "lsoa_code = VALUES(lsoa_code), version = version + 1");
        }

        private void load() throws SQLException {
            try (Statement s = connection.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id, name FROM region")) {
                    while (rs.next()) {
                        regions.put(rs.getString(2), rs.getLong(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT code, name, region_id FROM local_authority")) {
                    while (rs.next()) {
                        localAuthorities.put(rs.getInt(1), new LaFacts(rs.getString(2), rs.getLong(3)));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT urn, name, la_code, phase, establishment_type, status, "
                        + "close_date, postcode, urban_rural, easting, northing, lsoa_code FROM school")) {
                    while (rs.next()) {
                        schools.put(rs.getInt(1), new SchoolFacts(rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), SchoolStatus.valueOf(rs.getString(6)),
                                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                                rs.getObject(10, Integer.class), rs.getObject(11, Integer.class), rs.getString(12)));
                    }
                }
            }
        }

        @Override
        public void accept(Row row) {
            try {
                long regionId = region(row.region());
                localAuthority(row.laCode(), row.laName(), regionId);
                SchoolFacts facts = SchoolFacts.of(row);
                SchoolFacts before = schools.get(row.urn());
                if (Objects.equals(before, facts)) {
                    unchanged++;
                    return;
                }
                String action;
                if (before == null) {
                    created++;
                    action = "Created";
                } else if (facts.status() == SchoolStatus.CLOSED && before.status() != SchoolStatus.CLOSED) {
                    updated++;
                    closed++;
                    action = "Closed";
                } else {
                    updated++;
                    action = "Updated";
                }
                changes.accept(new Change(row.line(), row.urn(), row.name(), row.laName(), action));
                if (!dryRun) {
                    write(row.urn(), facts);
                }
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        private long region(String name) throws SQLException {
            Long id = regions.get(name);
            if (id != null) {
                return id;
            }
            if (dryRun) {
                id = nextDryRunRegionId--;
            } else {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO region (name) VALUES (?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        id = key.getLong(1);
                    }
                }
            }
            regions.put(name, id);
            return id;
        }

        /** Creates or renames a local authority before any school refers to it. */
        private void localAuthority(int code, String name, long regionId) throws SQLException {
            LaFacts wanted = new LaFacts(name, regionId);
            LaFacts known = localAuthorities.get(code);
            if (wanted.equals(known)) {
                return;
            }
            if (!dryRun) {
                try (PreparedStatement write = connection.prepareStatement("INSERT INTO local_authority "
                        + "(code, name, region_id, version) VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE "
                        + "name = VALUES(name), region_id = VALUES(region_id), version = version + 1")) {
                    write.setInt(1, code);
                    write.setString(2, name);
                    write.setLong(3, regionId);
                    write.executeUpdate();
                }
            }
            localAuthorities.put(code, wanted);
        }

        private void write(int urn, SchoolFacts f) throws SQLException {
            upsert.setInt(1, urn);
            upsert.setString(2, f.name());
            upsert.setInt(3, f.laCode());
            upsert.setString(4, f.phase());
            upsert.setString(5, f.type());
            upsert.setString(6, f.status().name());
            if (f.closeDate() == null) {
                upsert.setNull(7, Types.DATE);
            } else {
                upsert.setDate(7, Date.valueOf(f.closeDate()));
            }
            upsert.setString(8, f.postcode());
            upsert.setString(9, f.urbanRural());
            upsert.setObject(10, f.easting(), Types.INTEGER);
            upsert.setObject(11, f.northing(), Types.INTEGER);
            upsert.setString(12, f.lsoa());
            upsert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                upsert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            upsert.close();
        }
    }

    /** Carries a database failure out of the row callback. */
    private static final class UncheckedSqlException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }
    }
}

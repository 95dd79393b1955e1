package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * The suite's database started empty, so the deployment itself applied every changeset; running
 * the same migration again (what a restart does) must change nothing.
 */
class MigrationsIT extends DeployedCascade {

    @Test
    void deploymentOnAnEmptyDatabase_createdEverySchemaTable() throws SQLException {
        assertEquals(200, api.get("/api/v1/me", Caller.ADMIN).status());

        Set<String> tables = new HashSet<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase());
            }
        }

        assertTrue(tables.containsAll(List.of("databasechangelog", "platform_setting", "region", "local_authority",
                "school", "person", "user_account", "user_role", "user_scope_la", "user_scope_region",
                "login_throttle", "audit_event")), tables.toString());
    }

    @Test
    void migratingAgain_likeARestart_changesNothing() throws SQLException {
        int applied = count("SELECT COUNT(*) FROM DATABASECHANGELOG");
        String checksums = text("SELECT GROUP_CONCAT(MD5SUM ORDER BY ORDEREXECUTED) FROM DATABASECHANGELOG");

        Migrations restart = new Migrations();
        restart.dataSource = TestDatabase.dataSource();
        restart.migrate();

        assertTrue(applied >= 10, "every changeset was applied at deployment: " + applied);
        assertEquals(applied, count("SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(checksums, text("SELECT GROUP_CONCAT(MD5SUM ORDER BY ORDEREXECUTED) FROM DATABASECHANGELOG"));
        assertEquals(0, count("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = 1"));
    }

    private static int count(String sql) throws SQLException {
        return Integer.parseInt(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package uk.org.cascade.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.supervision.entity.Format;
import uk.org.cascade.supervision.entity.Mode;

/** The demo supervision is loaded only by the launcher, so its basic rules are checked here, where a broken file shows. */
class SupervisionDemoTest {

    @Test
    void theDemoLogs_fitTheirFormat_andHoldNoIdentifiers() throws Exception {
        JsonObject demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/supervision-demo.json")) {
            demo = Json.createReader(in).readObject();
        }
        assertTrue(demo.getJsonArray("logs").size() >= 2);
        for (JsonObject log : demo.getJsonArray("logs").stream().map(JsonValue::asJsonObject).toList()) {
            Format format = Format.valueOf(log.getString("format"));
            Mode.valueOf(log.getString("mode"));
            int supervisees = log.getJsonArray("supervisees").size();
            assertTrue(format == Format.INDIVIDUAL ? supervisees == 1 : supervisees >= 2, log.toString());
            assertTrue(log.getInt("minutes") >= 1 && log.getInt("minutes") <= 480);
            for (String text : new String[] {log.getString("themeNotes", null), log.getString("safeguardingAction", null)}) {
                assertEquals(Optional.empty(), ChildIdentifiers.find(text, LocalDate.now()), text);
            }
            assertEquals(log.getBoolean("safeguardingConcern", false), log.getString("safeguardingAction", null) != null);
        }
    }
}

package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {

    @Test
    void theCommandFileForTheTests_holdsOneSetCommandPerSetting(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = ConnectorSettings.writeCommandFile(dir.resolve("pre-boot.txt"));

        assertEquals(ConnectorSettings.SETTINGS.stream().map(s -> "set " + s).toList(), Files.readAllLines(file));
    }
}

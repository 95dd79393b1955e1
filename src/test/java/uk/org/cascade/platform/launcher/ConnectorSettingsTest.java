package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {

    @Test
    void theDockerImage_setsUpTheListenerLikeTheLauncher() throws Exception {
        List<String> docker = Files.readAllLines(Path.of("docker", "pre-boot-commands.asadmin")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertEquals(ConnectorSettings.SETTINGS.stream().map(s -> "set " + s).toList(), docker);
    }

    @Test
    void theCommandFileForTheTests_holdsOneSetCommandPerSetting(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = ConnectorSettings.writeCommandFile(dir.resolve("pre-boot.txt"));

        assertEquals(ConnectorSettings.SETTINGS.stream().map(s -> "set " + s).toList(), Files.readAllLines(file));
    }
}

package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A drill's measured figures, in the order taken: printed as they come, and as one table at the end. */
final class DrillFigures {

    private static final Logger LOG = Logger.getLogger(DrillFigures.class.getName());

    private final String title;
    private final Path file;
    private final Map<String, String> rows = new LinkedHashMap<>();

    DrillFigures(String title, Path file) {
        this.title = title;
        this.file = file;
    }

    void put(String name, String value) {
        rows.put(name, value);
        LOG.info(() -> "[drill] " + name + ": " + value);
    }

    /** Prints the table and writes it to the drill's file (for the README). */
    void write() throws IOException {
        String table = rows.entrySet().stream()
                .map(e -> String.format("| %-78s | %s |", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n", "| drill figure | value |\n| --- | --- |\n", "\n"));
        LOG.info(() -> "\n" + title + ":\n" + table);
        Files.writeString(file, table);
    }
}

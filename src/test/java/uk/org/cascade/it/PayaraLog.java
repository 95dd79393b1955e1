package uk.org.cascade.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;

/**
 * The log Payara Micro writes for the integration tests ({@code --logtofile} in {@code arquillian.xml}): every
 * line Cascade, EclipseLink, Jersey, Faces and Payara itself log, at the levels Cascade ships with.
 */
public final class PayaraLog {

    /** The name Payara is given; its file handler writes {@code it-payara.log.0} (and .1, ... when it rotates). */
    public static final Path FILE = Path.of("target", "it-payara.log");

    private PayaraLog() {
    }

    /**
     * The whole log once everything logged before this call is in the file. Payara writes its log from a queue,
     * so the test asks the server to log a line of its own (a refresher run on a day picked at random, which
     * finds nothing to do) and reads until that line has arrived: records reach the file in order.
     */
    public static String afterEverythingSoFar(Api api) throws IOException, InterruptedException {
        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 40));
        Answer run = api.post("/api/v1/refresher/run?date=" + day, "", Caller.ADMIN);
        if (run.status() != 200) {
            throw new IllegalStateException("The marker run answered " + run.status() + ": " + run.body());
        }
        String marker = "Refresher run " + day + ":";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String log = read();
            if (log.contains(marker)) {
                return log;
            }
            Thread.sleep(100); // polling for the marker line, bounded by the deadline
        }
        throw new IllegalStateException("Payara did not write the marker line to " + FILE.toAbsolutePath() + ".*");
    }

    private static String read() throws IOException {
        StringBuilder log = new StringBuilder();
        try (Stream<Path> files = Files.list(FILE.getParent())) {
            for (Path file : files.filter(PayaraLog::isLogFile).sorted().toList()) {
                log.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return log.toString();
    }

    private static boolean isLogFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(FILE.getFileName().toString()) && !name.endsWith(".lck");
    }
}

package uk.org.cascade.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The API calls that succeeded in this test run, one {@code METHOD /path} line each in
 * {@code target/api-calls/calls-<pid>.txt}, for {@code uk.org.cascade.platform.OpenApiCoverageIT} to match against the OpenAPI document.
 * Files left by earlier runs are removed when a test JVM records its first call, so a test that no longer calls an
 * endpoint stops counting for it.
 */
public final class ApiCalls {

    public static final Path DIRECTORY = Path.of("target", "api-calls");

    private static Path file;

    private ApiCalls() {
    }

    /** 2xx, and 3xx for redirects: the call reached the operation and it did what it is for. */
    static void record(String method, String path, int status) {
        if (status >= 200 && status < 400) {
            append(method + " " + path + "\n");
        }
    }

    private static synchronized void append(String line) {
        try {
            if (file == null) {
                file = start();
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record an API call in " + DIRECTORY, e);
        }
    }

    /** This JVM's file, after removing those of runs that started before it. */
    private static Path start() throws IOException {
        Files.createDirectories(DIRECTORY);
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path old : files.toList()) {
                if (Files.getLastModifiedTime(old).toMillis() < started) {
                    Files.deleteIfExists(old);
                }
            }
        }
        return DIRECTORY.resolve("calls-" + ProcessHandle.current().pid() + ".txt");
    }
}

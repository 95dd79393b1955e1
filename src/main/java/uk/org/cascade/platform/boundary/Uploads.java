package uk.org.cascade.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import uk.org.cascade.platform.Violation;

/** How every file import is received and answered: spooled to disk, then 200 with a report or 422. */
public final class Uploads {

    private Uploads() {
    }

    /** The work to do with the spooled file. */
    @FunctionalInterface
    public interface FileImport {
        Response apply(Path file) throws IOException;
    }

    /** Spooled to disk: an upload may be read more than once and must never sit in memory whole. */
    public static Response spooled(InputStream body, FileImport work) throws IOException {
        Path file = Files.createTempFile("import-", ".csv");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return work.apply(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** 200 with the report, or 422 listing every rejected line when there is any. */
    public static Response answer(Object report, List<Violation> rejected) {
        if (rejected.isEmpty()) {
            return Response.ok(report).build();
        }
        Problem problem = Problem.validation(rejected);
        return new Problem(problem.type(), problem.title(), 422, rejected.size()
                + " problems in the file; nothing was changed", rejected, null).toResponse();
    }
}

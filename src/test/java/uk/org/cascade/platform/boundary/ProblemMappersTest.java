package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void theLogLine_namesExceptionsAndFrames_butNeverTheirMessages() {
        Exception e = new IllegalStateException("wrapped",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'jo.bloggs@school.test' for key"));

        String logged = ProblemMappers.LastResort.describeWithoutMessages(e);

        assertTrue(logged.startsWith("java.lang.IllegalStateException"));
        assertTrue(logged.contains(" caused by java.sql.SQLIntegrityConstraintViolationException"));
        assertTrue(logged.contains("\tat uk.org.cascade"));
        assertFalse(logged.contains("jo.bloggs"));
    }
}

package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class QuietTimersTest {

    /** A scheduled job whose query failed the way EclipseLink reports it: SQL and a value in the message. */
    void failingJob() {
        throw new IllegalStateException("Duplicate entry 'someone@example.org' for key 'uk_person_email'"
                + " Call: INSERT INTO person (email) VALUES ('someone@example.org')");
    }

    @Test
    void aFailedRun_rollsBack_andLogsNoMessage() throws Exception {
        LogCapture capture = new LogCapture();
        List<LogRecord> logged = capture.records;
        Logger log = Logger.getLogger(QuietTimers.class.getName());
        log.addHandler(capture);
        Registry registry = new Registry();
        QuietTimers timers = new QuietTimers();
        timers.transaction = registry;
        try {
            assertNull(timers.run(job(QuietTimersTest.class.getDeclaredMethod("failingJob"))));
        } finally {
            log.removeHandler(capture);
        }

        assertTrue(registry.rollbackOnly, "nothing the run did half-way is committed");
        assertEquals(1, logged.size());
        String line = logged.get(0).getMessage();
        assertTrue(line.contains("QuietTimersTest.failingJob"), line);
        assertTrue(line.contains("java.lang.IllegalStateException"), line);
        assertFalse(line.contains("someone@example.org"), line);
        assertFalse(line.contains("INSERT"), line);
        assertEquals(null, logged.get(0).getThrown(), "no stack trace: its message would carry the same values");
    }

    private InvocationContext job(Method method) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return QuietTimersTest.this;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() throws Exception {
                // As the container does: the job's own exception, not reflection's wrapper.
                try {
                    return method.invoke(QuietTimersTest.this);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        };
    }

    private static final class Registry implements TransactionSynchronizationRegistry {
        boolean rollbackOnly;

        @Override
        public Object getTransactionKey() {
            return "tx";
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return 0;
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }
    }
}

package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database did not answer" (503) and which are something else (409, 500). */
class DatabaseUnavailableTest {

    @Test
    void aLostConnection_deepInTheChain_isAnOutage() {
        Throwable lost = new PersistenceException("wrapped",
                new SQLException("Communications link failure", "08S01"));
        assertTrue(DatabaseUnavailable.explains(new TransactionalException("commit", lost)));
    }

    @Test
    void aPoolThatCannotConnect_isAnOutage() {
        assertTrue(DatabaseUnavailable.explains(new SQLException("Error in allocating a connection",
                new ResourceException("Connection could not be allocated"))));
        assertTrue(DatabaseUnavailable.explains(new SQLTransientConnectionException("no connection")));
    }

    @Test
    void aCommitTheDatabaseDidNotAnswer_isAnOutage() {
        assertTrue(DatabaseUnavailable.explains(new TransactionalException("commit", new SystemException())));
    }

    @Test
    void aUniqueKeyClash_orABug_isNot() {
        assertFalse(DatabaseUnavailable.explains(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseUnavailable.explains(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.explains(new SQLException("syntax", "42000")));
    }
}

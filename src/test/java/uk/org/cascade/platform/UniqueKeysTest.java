package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void everyUniqueKeyInTheChangelogs_isMapped() throws IOException {
        Pattern named = Pattern.compile("(?:uniqueConstraintName|constraintName)=\"((?:uk|uq)_[a-z_]+)\"");
        List<String> keys;
        try (Stream<Path> files = Files.walk(Path.of("liquibase"))) {
            keys = files.filter(f -> f.toString().endsWith(".xml")).flatMap(f -> {
                try {
                    Matcher m = named.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }

        assertTrue(keys.contains("uk_person_email") && keys.size() >= 15, "found the changelogs' keys: " + keys);
        assertEquals(List.of(), keys.stream().filter(k -> !UniqueKeys.knows(k)).toList(), "keys without a field");
    }

    @Test
    void aDuplicateEmailFromMariaDb_deepInsideWhatThePersistenceLayerThrew_namesTheEmailField() {
        RuntimeException failure = new RuntimeException("commit failed", new PersistenceException("flush",
                new SQLIntegrityConstraintViolationException(
                        "Duplicate entry 'someone@example.org' for key 'uk_person_email'", "23000", 1062)));

        Duplicate duplicate = UniqueKeys.violated(failure).orElseThrow();

        assertEquals("email", duplicate.violation().field());
        assertFalse(duplicate.getMessage().contains("someone"), "the value is never repeated");
    }

    @Test
    void mySqlsTableQualifiedKeyName_isReadToo() {
        SQLIntegrityConstraintViolationException mysql = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'RACE-1' for key 'programme.uk_programme_code'", "23000", 1062);

        assertEquals("code", UniqueKeys.violated(mysql).orElseThrow().violation().field());
    }

    @Test
    void aValueThatLooksLikeAKeyName_doesNotFoolIt() {
        SQLIntegrityConstraintViolationException tricky = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'for key 'uk_team_code'' for key 'uk_supervision_theme_name'", "23000", 1062);

        assertEquals("name", UniqueKeys.violated(tricky).orElseThrow().violation().field());
    }

    @Test
    void aForeignKeyFailure_isNotADuplicate() {
        SQLIntegrityConstraintViolationException foreignKey = new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452);

        assertTrue(UniqueKeys.violated(new PersistenceException(foreignKey)).isEmpty());
    }

    @Test
    void aKeyNoCallerChooses_isAConflictWithoutAField() {
        SQLIntegrityConstraintViolationException primary = new SQLIntegrityConstraintViolationException(
                "Duplicate entry '100000' for key 'PRIMARY'", "23000", 1062);

        Duplicate duplicate = UniqueKeys.violated(primary).orElseThrow();

        assertNull(duplicate.violation().field());
        assertEquals(List.of(), duplicate.violations());
    }
}

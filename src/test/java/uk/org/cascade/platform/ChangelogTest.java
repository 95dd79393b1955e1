package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How the schema grows. A landed changelog is never edited (Liquibase refuses a changed changeset on every
 * database it already ran on). A new changeset does one thing to one table: create it, or add its indexes,
 * or its foreign keys, or change its columns. On MySQL and MariaDB each DDL statement commits at once, so a
 * changeset that failed half-way would leave tables behind that its re-run trips over.
 */
class ChangelogTest {

    private static final Path DIR = Path.of("liquibase");

    /** The changelogs written before this rule; they keep their several tables per changeset. */
    private static final int LAST_BEFORE_THE_RULE = 26;

    @Test
    void landedChangelogs_areNeverEdited() throws Exception {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(DIR.resolve("landed.sha256"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+", 2);
                recorded.put(parts[1], parts[0]);
            }
        }
        try (Stream<Path> all = Files.list(DIR.resolve("changes"))) {
            List<String> old = all.filter(f -> number(f) <= LAST_BEFORE_THE_RULE).map(f -> "changes/" + f.getFileName())
                    .filter(f -> !recorded.containsKey(f)).toList();
            assertEquals(List.of(), old, "every changelog up to " + LAST_BEFORE_THE_RULE + " has landed: list it in landed.sha256");
        }
        Map<String, String> now = new TreeMap<>();
        for (String file : recorded.keySet()) {
            Path path = DIR.resolve(file);
            now.put(file, Files.exists(path) ? sha256(Files.readAllBytes(path)) : "missing");
        }
        assertEquals(recorded, now, "a landed changelog changed: put the change in a new changelog instead");
    }

    @Test
    void everyChangelogFile_isIncluded_inOrder() throws Exception {
        List<String> included = new ArrayList<>();
        NodeList includes = parse(DIR.resolve("changelog.xml")).getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            included.add(((Element) includes.item(i)).getAttribute("file"));
        }
        List<String> files;
        try (Stream<Path> all = Files.list(DIR.resolve("changes"))) {
            files = all.map(p -> "changes/" + p.getFileName()).filter(f -> f.endsWith(".xml")).sorted().toList();
        }
        assertEquals(files, included, "changelog.xml includes every file under changes/, in number order");
    }

    @Test
    void newChangesets_changeOneTableEach() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.list(DIR.resolve("changes"))) {
            for (Path file : all.sorted().toList()) {
                if (number(file) <= LAST_BEFORE_THE_RULE) {
                    continue;
                }
                NodeList sets = parse(file).getElementsByTagName("changeSet");
                for (int i = 0; i < sets.getLength(); i++) {
                    Element set = (Element) sets.item(i);
                    Set<String> tables = new LinkedHashSet<>();
                    Set<String> kinds = new LinkedHashSet<>();
                    for (Node change = set.getFirstChild(); change != null; change = change.getNextSibling()) {
                        if (change instanceof Element e && !Set.of("comment", "preConditions", "rollback", "validCheckSum")
                                .contains(e.getTagName())) {
                            kinds.add(concern(e.getTagName()));
                            String table = !e.getAttribute("baseTableName").isEmpty() ? e.getAttribute("baseTableName")
                                    : e.getAttribute("tableName");
                            tables.add(table.isEmpty() ? "(" + e.getTagName() + ")" : table);
                        }
                    }
                    if (tables.size() > 1 || kinds.size() > 1) {
                        wrong.add(file.getFileName() + " changeSet " + set.getAttribute("id") + " touches " + tables
                                + " with " + kinds);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "one concern per changeset: a table, its indexes, or its foreign keys");
    }

    /** Creating a table, its indexes and its foreign keys are three concerns; column changes are one. */
    private static String concern(String tag) {
        return switch (tag) {
            case "createTable" -> "table";
            case "createIndex", "dropIndex" -> "indexes";
            case "addForeignKeyConstraint", "dropForeignKeyConstraint" -> "foreign keys";
            default -> "columns and data";
        };
    }

    private static int number(Path file) {
        return Integer.parseInt(file.getFileName().toString().substring(0, 4));
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

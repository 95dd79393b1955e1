package uk.org.cascade.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.cascade.platform.Violation;

class ImdFileTest {

    @TempDir
    Path dir;

    @Test
    void the2011Edition_isRead() throws IOException {
        Map<String, Integer> deciles = read("LSOA code (2011),LSOA name (2011),\"" + ImdImport.DECILE + "\"\n"
                + "E01000001,City of London 001A,9\nE01000002,City of London 001B,10\n");

        assertEquals(Map.of("E01000001", 9, "E01000002", 10), deciles);
    }

    @Test
    void the2021Edition_isReadToo() throws IOException {
        Map<String, Integer> deciles = read("\"LSOA code (2021)\",\"" + ImdImport.DECILE + "\"\nE01034001,1\n");

        assertEquals(Map.of("E01034001", 1), deciles);
    }

    @Test
    void badRows_areListedByLine() throws IOException {
        Path file = dir.resolve("imd.csv");
        Files.writeString(file, "LSOA code (2011),\"" + ImdImport.DECILE + "\"\nE0100001,3\nE01000002,11\nE01000003,2\nE01000003,2\n");

        List<Violation> problems = ImdImport.read(file, new HashMap<>());

        assertEquals(List.of("2: 'E0100001' is not an LSOA code like E01000001", "3: '11' is not a decile from 1 to 10",
                "5: E01000003 appears twice (first on line 4)"),
                problems.stream().map(v -> v.line() + ": " + v.message()).toList());
    }

    @Test
    void anotherFile_isNamedAsSuch() throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "URN,EstablishmentName\n1,A\n");

        List<Violation> problems = ImdImport.read(file, new HashMap<>());

        assertTrue(problems.get(0).message().contains("is this File 1 of the indices?"));
    }

    private Map<String, Integer> read(String csv) throws IOException {
        Path file = dir.resolve("imd.csv");
        Files.writeString(file, csv);
        Map<String, Integer> deciles = new HashMap<>();
        List<Violation> problems = ImdImport.read(file, deciles);
        assertTrue(problems.isEmpty(), problems.toString());
        return deciles;
    }
}

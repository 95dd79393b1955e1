package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.cascade.platform.control.ChildIdentifiers.Kind;

/**
 * Every line of {@code identifiers/corpus.tsv} is one case: text that must be refused (and for what) or must
 * pass. The file keeps invisible characters escaped (backslash-u and four hex digits) so it stays readable;
 * they are unescaped here before the check.
 */
class ChildIdentifiersCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|\\\\n|\\\\t|\\\\\\\\");

    /** One line of the corpus: where it is, what is expected (empty: passes) and the text as written there. */
    record Case(int line, Optional<Kind> expected, String written) {

        @Override
        public String toString() {
            return "line " + line + " " + expected.map(k -> "REFUSE " + name(k)).orElse("PASS") + ": " + written;
        }
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ChildIdentifiersCorpusTest.class.getResourceAsStream("/identifiers/corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2) {
                    throw new IllegalStateException("corpus line " + (i + 1) + " has no tab between verdict and text");
                }
                cases.add(new Case(i + 1, verdict(columns[0].strip(), i + 1), columns[1]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theGuard_givesTheCorpusVerdict(Case c) {
        assertEquals(c.expected(), ChildIdentifiers.find(unescape(c.written()), TODAY), c.toString());
    }

    @Test
    void theCorpus_holdsAtLeast150Cases_ofEveryKindAndOrdinaryText() throws IOException {
        List<Case> cases = corpus();
        Set<Kind> kinds = cases.stream().flatMap(c -> c.expected().stream()).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Kind.class)));
        long passing = cases.stream().filter(c -> c.expected().isEmpty()).count();
        assertTrue(cases.size() >= 150, "only " + cases.size() + " cases");
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        assertTrue(passing >= 50, "only " + passing + " texts that must pass");
    }

    static String unescape(String written) {
        Matcher m = ESCAPE.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) != null ? String.valueOf((char) Integer.parseInt(m.group(1), 16))
                    : switch (m.group()) {
                        case "\\n" -> "\n";
                        case "\\t" -> "\t";
                        default -> "\\";
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static Optional<Kind> verdict(String column, int line) {
        if (column.equals("PASS")) {
            return Optional.empty();
        }
        String[] words = column.split("\\s+");
        if (words.length == 2 && words[0].equals("REFUSE")) {
            return Arrays.stream(Kind.values()).filter(k -> name(k).equals(words[1])).findFirst()
                    .or(() -> {
                        throw new IllegalStateException("corpus line " + line + ": no kind " + words[1]);
                    });
        }
        throw new IllegalStateException("corpus line " + line + ": verdict is PASS or REFUSE and a kind, not " + column);
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

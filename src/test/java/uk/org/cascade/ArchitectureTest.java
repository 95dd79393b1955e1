package uk.org.cascade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.Today;

/**
 * The shape the code keeps: contexts depend on each other in one order, entities guard their own rules without
 * services, a context reaches another only through its control layer (or platform, the shared kernel) and
 * queries only its own entities, one class reads the clock, and no class is too long to read. README "Layout" draws the same order.
 */
class ArchitectureTest {

    /** Each context may use only those before it; the last two use the rest but not each other. */
    static final List<List<String>> ORDER = List.of(
            List.of("platform"), List.of("audit"), List.of("security"), List.of("organisation"), List.of("people"),
            List.of("curriculum"), List.of("competency"), List.of("cohort"), List.of("learning"),
            List.of("coverage"), List.of("refresher", "supervision"));

    static final int MAX_LINES = 400;

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.org.cascade");
    }

    @Test
    void contexts_doNotDependOnEachOtherInACycle() {
        slices().matching("uk.org.cascade.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void contexts_dependOnlyOnThoseBeforeThemInTheOrder() {
        List<String> failures = new ArrayList<>();
        for (int rank = 0; rank < ORDER.size(); rank++) {
            for (String context : ORDER.get(rank)) {
                List<String> later = new ArrayList<>();
                for (int other = rank; other < ORDER.size(); other++) {
                    ORDER.get(other).stream().filter(c -> !c.equals(context)).forEach(c -> later.add(pkg(c)));
                }
                if (!later.isEmpty()) {
                    noClasses().that().resideInAPackage(pkg(context))
                            .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
                            .because(context + " comes before them in the contexts' order (README, Layout)")
                            .evaluate(classes).getFailureReport().getDetails().forEach(failures::add);
                }
            }
        }
        assertEquals(List.of(), failures, "dependencies against the contexts' order");
    }

    @Test
    void everyContextIsInTheOrder() {
        List<String> named = ORDER.stream().flatMap(List::stream).sorted().toList();
        List<String> found = classes.stream().map(c -> c.getPackageName().split("\\.")).filter(p -> p.length > 3)
                .map(p -> p[3]).distinct().sorted().toList();
        assertEquals(named, found, "a new context needs its place in ORDER and in the README's diagram");
    }

    @Test
    void entities_useNoServicesOrBoundaries() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .because("entities guard their own rules with what they hold").check(classes);
    }

    @Test
    void noContext_usesAnotherContextsBoundary() {
        List<String> failures = new ArrayList<>();
        for (String context : ORDER.stream().flatMap(List::stream).filter(c -> !c.equals("platform")).toList()) {
            noClasses().that().resideOutsideOfPackage(pkg(context))
                    .should().dependOnClassesThat().resideInAPackage("uk.org.cascade." + context + ".boundary..")
                    .because("a context offers its rules to others in control; its boundary is for people and machines")
                    .evaluate(classes).getFailureReport().getDetails().forEach(failures::add);
        }
        assertEquals(List.of(), failures, "uses of another context's boundary");
    }

    @Test
    void onlyToday_readsTheClockOrNamesAZone() {
        DescribedPredicate<JavaMethodCall> readsClock = new DescribedPredicate<>("read the system clock or name a zone") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                return target.getOwner().getPackageName().equals("java.time")
                        && (target.getName().equals("now") || target.getName().startsWith("system")
                        || target.getOwner().getSimpleName().equals("ZoneId") && target.getName().equals("of"));
            }
        };
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(Today.class.getName())
                .should().callMethodWhere(readsClock)
                .because("Today is the one home of the clock and of England's zone");
        rule.check(classes);
    }

    /**
     * A context reads another's data through that context's control or its published fragments: its own JPQL
     * names only its own entities (an entity's relations may still be followed, e.g. {@code e.school.urn}).
     */
    @Test
    void jpql_namesOnlyItsOwnContextsEntities() throws IOException {
        Map<String, String> contextOf = new HashMap<>();
        for (JavaClass c : classes) {
            if (c.isAnnotatedWith(jakarta.persistence.Entity.class)) {
                contextOf.put(c.getSimpleName(), c.getPackageName().split("\\.")[3]);
            }
        }
        Pattern named = Pattern.compile("\\b(?:FROM|JOIN|UPDATE)\\s+([A-Z][A-Za-z]+)\\b");
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/org/cascade"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String context = Path.of("src/main/java/uk/org/cascade").relativize(file).getName(0).toString();
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = named.matcher(lines.get(i));
                    while (m.find()) {
                        String owner = contextOf.get(m.group(1));
                        if (owner != null && !owner.equals(context)) {
                            foreign.add(file + ":" + (i + 1) + " names " + owner + "'s " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), foreign, "ask the owning context's control (or use its published fragment) instead");
    }

    @Test
    void noMainClass_isLongerThanANewcomerCanRead() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    tooLong.add(file + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), tooLong, "split by use case: no class in src/main over " + MAX_LINES + " lines");
    }

    private static String pkg(String context) {
        return "uk.org.cascade." + context + "..";
    }
}

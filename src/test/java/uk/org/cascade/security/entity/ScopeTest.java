package uk.org.cascade.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;

class ScopeTest {

    @Test
    void aSchoolIsInScope_byItsLocalAuthority_orItsRegion() {
        Scope norfolk = Scope.of(List.of(926), List.of());
        Scope east = Scope.of(List.of(), List.of("East of England"));

        assertTrue(norfolk.includes(926, "East of England"));
        assertFalse(norfolk.includes(935, "East of England"));
        assertTrue(east.includes(935, "East of England"));
        assertFalse(east.includes(201, "London"));
    }

    @Test
    void everyBadCodeAndRegion_isNamed() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> Scope.of(Arrays.asList(92, 1000, null), List.of("Atlantis", "East of England")));

        assertEquals(4, failure.violations().size());
        assertTrue(failure.violations().get(0).message().startsWith("'92' is not a three-digit DfE"));
        assertTrue(failure.violations().get(3).message().startsWith("'Atlantis' is not a region of England"));
    }

    @Test
    void duplicatesCollapse_andListsAreSorted() {
        Scope scope = Scope.of(List.of(935, 926, 935), List.of(" London ", "East of England"));

        assertEquals(List.of(926, 935), scope.sortedLocalAuthorities());
        assertEquals(List.of("East of England", "London"), scope.sortedRegions());
    }
}

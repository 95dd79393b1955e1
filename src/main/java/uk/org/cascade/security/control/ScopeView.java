package uk.org.cascade.security.control;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import uk.org.cascade.security.entity.Scope;

/** A scope as JSON: {@code {"localAuthorities":[926],"regions":["East of England"]}}. */
public record ScopeView(List<Integer> localAuthorities, List<String> regions) implements Serializable {

    @JsonbCreator
    public ScopeView {
    }

    public static ScopeView of(Scope scope) {
        return new ScopeView(scope.sortedLocalAuthorities(), scope.sortedRegions());
    }

    public Scope toScope() {
        return Scope.of(localAuthorities, regions);
    }
}

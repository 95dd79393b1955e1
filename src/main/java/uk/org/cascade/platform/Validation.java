package uk.org.cascade.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a request before refusing it, so a user fixes them all in one go. */
public final class Validation {

    private final List<Violation> violations = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            violations.add(Violation.field(field, message));
        }
        return this;
    }

    public Validation add(Violation violation) {
        violations.add(violation);
        return this;
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** Throws {@link ValidationFailure} listing everything found, or returns quietly. */
    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new ValidationFailure(violations);
        }
    }
}

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

    /** The constant of {@code type} that {@code text} names (any case), or null with a violation. */
    public <E extends Enum<E>> E choice(Class<E> type, String text, String field, String message) {
        if (text != null && !text.isBlank()) {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        violations.add(Violation.field(field, message));
        return null;
    }

    /** The ISO date (YYYY-MM-DD) {@code text} names; null when blank, or with a violation when it names none. */
    public java.time.LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            violations.add(Violation.field(field, field + " '" + text + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    /**
     * A list the body must carry. Missing is refused rather than read as empty, since a write that replaces a
     * list would otherwise wipe it for a client that merely left the field out.
     */
    public Validation present(Object list, String field) {
        return require(list != null, field, field + " is required (send [] for none)");
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

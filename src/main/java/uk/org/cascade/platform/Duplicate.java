package uk.org.cascade.platform;

import java.util.List;

/**
 * A record with the same key exists already: a conflict that names the field holding the key, whether the service
 * saw the other record first or the database refused the second insert of a race ({@link UniqueKeys}).
 */
public class Duplicate extends Conflict {

    private static final long serialVersionUID = 1L;
    private final transient Violation violation;

    public Duplicate(String field, String message) {
        super(message);
        this.violation = Violation.field(field, message);
    }

    /** The field that holds the key (null when the key is not one a caller chooses) and what is wrong with it. */
    public Violation violation() {
        return violation;
    }

    public List<Violation> violations() {
        return violation.field() == null ? List.of() : List.of(violation);
    }
}

package uk.org.cascade.platform;

import java.util.List;

/** Input that breaks a rule. Nothing has been changed; every violation found is listed. */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ValidationFailure(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(List.of(Violation.field(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).message() : violations.size() + " problems in the request";
    }
}

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

    /** The same violations with {@code prefix} before each field, e.g. for the n-th item of a list. */
    public ValidationFailure prefixed(String prefix) {
        return new ValidationFailure(violations.stream()
                .map(v -> new Violation(v.field() == null ? null : prefix + v.field(), v.line(), v.message())).toList());
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).message() : violations.size() + " problems in the request";
    }
}

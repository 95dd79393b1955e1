package uk.org.cascade.platform;

import java.io.Serializable;
/** One reason a request was refused: a field of a form or body, or a line of an uploaded file. */
public record Violation(String field, Integer line, String message) implements Serializable {

    public static Violation field(String field, String message) {
        return new Violation(field, null, message);
    }

    public static Violation line(int line, String field, String message) {
        return new Violation(field, line, message);
    }
}

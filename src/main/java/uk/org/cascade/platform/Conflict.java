package uk.org.cascade.platform;

/** The request is valid but clashes with what is stored: a duplicate, a stale version, a full cohort. */
public class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }
}

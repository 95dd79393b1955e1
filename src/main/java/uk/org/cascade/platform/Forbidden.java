package uk.org.cascade.platform;

/** The caller may see the record but not change it this way: outside their scope or role. */
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}

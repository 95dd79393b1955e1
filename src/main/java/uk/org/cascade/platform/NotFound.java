package uk.org.cascade.platform;

/** No such record, or one outside the caller's scope: the two answer alike so that nothing leaks. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}

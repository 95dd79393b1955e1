package uk.org.cascade.curriculum.entity;

/** What a renewal's validity is counted from; see {@link ExpiryRule} for the arithmetic. */
public enum ExpiryBase {
    /** A renewal while held runs on from the current expiry; after a lapse, from its own date. */
    PREVIOUS_EXPIRY("the previous expiry"),
    /** Every sign-off runs from its own date, renewal or not. */
    COMPLETION_DATE("the date of the renewal"),
    /** Every sign-off runs to a day and month each year (31 August, say), held at least a minimum period. */
    FIXED_DATE("a fixed date each year");

    private final String label;

    ExpiryBase(String label) {
        this.label = label;
    }

    /** How the competency page finishes "Renewals run from …". */
    public String getLabel() {
        return label;
    }
}

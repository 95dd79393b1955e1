package uk.org.cascade.supervision.entity;

/** One supervisee, or several supervised together. */
public enum Format {
    INDIVIDUAL("Individual"),
    GROUP("Group");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

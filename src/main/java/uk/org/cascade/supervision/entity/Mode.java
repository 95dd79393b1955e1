package uk.org.cascade.supervision.entity;

/** How the supervision took place. */
public enum Mode {
    IN_PERSON("In person"),
    VIDEO("Video call"),
    PHONE("Phone");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

package uk.org.cascade.curriculum.entity;

/** How a module is delivered. A live module is completed by attending a session that covers it. */
public enum DeliveryMode {
    SELF_PACED("Self-paced online"),
    LIVE_ONLINE("Live online"),
    IN_PERSON("In person");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isLive() {
        return this != SELF_PACED;
    }
}

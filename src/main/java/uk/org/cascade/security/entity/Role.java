package uk.org.cascade.security.entity;

/** What a user may do. A person may hold several roles. */
public enum Role {
    ADMIN("Administrator"),
    COORDINATOR("Coordinator"),
    TRAINER("Trainer"),
    SUPERVISOR("Supervisor"),
    LEARNER("Learner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}

package uk.org.cascade.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.platform.Validation;

/** A theme from the administrators' list. Retired, not deleted, so that old logs keep it. */
@Entity
@Table(name = "supervision_theme")
public class SupervisionTheme {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected SupervisionTheme() {
    }

    public SupervisionTheme(String name) {
        rename(name);
    }

    public static void checkName(Validation check, String name) {
        check.require(name != null && !name.isBlank(), "name", "name is required")
                .require(name == null || name.strip().length() <= NAME_MAX, "name",
                        "name must be at most " + NAME_MAX + " characters");
    }

    public final void rename(String newName) {
        Validation check = new Validation();
        checkName(check, newName);
        check.orThrow();
        this.name = newName.strip();
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("retired", retired);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}

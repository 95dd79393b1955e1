package uk.org.cascade.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.Validation;

/** Someone Cascade knows: school staff, trainers, supervisors, coordinators. Found by a unique email. */
@Entity
@Table(name = "person")
public class Person {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    // Deliberately loose: one @, no spaces, a dot in the domain. Delivery proves the rest.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Stored lower-case so that uniqueness is case-insensitive on any collation. */
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String name, String email) {
        Validation check = new Validation();
        checkName(check, name);
        checkEmail(check, email);
        check.orThrow();
        this.name = name.strip();
        this.email = normaliseEmail(email);
    }

    public static void checkName(Validation check, String name) {
        check.require(name != null && !name.isBlank(), "name", "name is required")
                .require(name == null || name.strip().length() <= NAME_MAX, "name",
                        "name must be at most " + NAME_MAX + " characters");
    }

    public static void checkEmail(Validation check, String email) {
        check.require(email != null && !email.isBlank(), "email", "email is required");
        if (email != null && !email.isBlank()) {
            String e = email.strip();
            check.require(e.length() <= EMAIL_MAX, "email", "email must be at most " + EMAIL_MAX + " characters")
                    .require(EMAIL.matcher(e).matches(), "email", "email must look like name@example.org");
        }
    }

    public static String normaliseEmail(String email) {
        return Emails.normalise(email);
    }

    public void rename(String newName) {
        Validation check = new Validation();
        checkName(check, newName);
        check.orThrow();
        this.name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }
}

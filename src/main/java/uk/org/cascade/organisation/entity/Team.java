package uk.org.cascade.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.org.cascade.platform.Validation;

/** A provider organisation of trainers and supervisors (an MHST, a CAMHS service, a charity) and the schools it serves. */
@Entity
@Table(name = "team")
public class Team {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToMany
    @JoinTable(name = "team_school", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "school_urn"))
    private Set<School> schools = new HashSet<>();

    @Version
    private long version;

    protected Team() {
    }

    public Team(String code, String name, Set<School> schools) {
        Validation check = new Validation();
        check.require(code != null && code.length() <= CODE_MAX && CODE.matcher(code).matches(), "code",
                "code must be 1 to " + CODE_MAX + " letters, digits, '-' or '_'");
        checkName(check, name);
        check.orThrow();
        this.code = code;
        this.name = name.strip();
        this.schools.addAll(schools);
    }

    /** Renames the team and sets the schools it serves. */
    public void change(String newName, Set<School> served) {
        Validation check = new Validation();
        checkName(check, newName);
        check.orThrow();
        this.name = newName.strip();
        schools.clear();
        schools.addAll(served);
    }

    private static void checkName(Validation check, String name) {
        check.require(name != null && !name.isBlank() && name.strip().length() <= NAME_MAX, "name",
                "name is required, at most " + NAME_MAX + " characters");
    }

    /** Whether the team serves any school whose authority or region the scope names. */
    public boolean servesAnyIn(java.util.function.Predicate<School> inScope) {
        return schools.stream().anyMatch(inScope);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("schoolUrns", schools.stream().map(School::getUrn).sorted().toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<School> getSchools() {
        return Set.copyOf(schools);
    }

    public long getVersion() {
        return version;
    }
}

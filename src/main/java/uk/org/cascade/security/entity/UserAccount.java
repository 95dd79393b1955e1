package uk.org.cascade.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.platform.Validation;

/**
 * A person's sign-in: a password hash, roles, and (for coordinators) a scope. Accounts are
 * deactivated, never deleted, so the audit trail keeps pointing at someone.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Named {@code person} so that JPQL reads {@code u.person.email}; the people context owns the row. */
    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", unique = true)
    private AccountHolder person;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_scope_la", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "la_code")
    private Set<Integer> scopeLocalAuthorities = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_scope_region", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region", length = 100)
    private Set<String> scopeRegions = new HashSet<>();

    /** Sessions signed in before this have ended (a forced or completed password reset); null: none has. */
    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(AccountHolder person, String passwordHash, Set<Role> roles, Scope scope, Instant createdAt) {
        this.person = person;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        grant(roles, scope);
    }

    /**
     * Sets roles and scope together, because they constrain each other: a coordinator needs a scope
     * (or they would see nothing), and only a coordinator has one.
     */
    public void grant(Set<Role> newRoles, Scope scope) {
        Validation check = new Validation();
        checkGrant(check, newRoles, scope);
        check.orThrow();
        roles.clear();
        roles.addAll(newRoles);
        scopeLocalAuthorities.clear();
        scopeLocalAuthorities.addAll(scope.localAuthorities());
        scopeRegions.clear();
        scopeRegions.addAll(scope.regions());
    }

    public static void checkGrant(Validation check, Set<Role> roles, Scope scope) {
        boolean coordinator = roles != null && roles.contains(Role.COORDINATOR);
        check.require(roles != null && !roles.isEmpty(), "roles", "a user needs at least one role")
                .require(!coordinator || !scope.isEmpty(), "scope",
                        "a coordinator needs a scope: at least one local authority or region")
                .require(coordinator || scope.isEmpty(), "scope", "only a coordinator has a scope");
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /**
     * A password reset: the new password (hashed) works from now on, and every session signed in before now ends,
     * since whoever knew the old password may be signed in with it.
     */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.sessionsEndedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a session signed in at {@code signedInAt} still belongs to this account's holder. */
    public boolean keepsSessionFrom(Instant signedInAt) {
        return sessionsEndedAt == null || signedInAt.isAfter(sessionsEndedAt);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** What the audit trail records of this account: never the password hash. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", person.getId());
        state.put("email", person.getEmail());
        state.put("name", person.getName());
        state.put("roles", getRoles().stream().map(Enum::name).sorted().toList());
        state.put("scope", Map.of("localAuthorities", scope().sortedLocalAuthorities(), "regions", scope().sortedRegions()));
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
    }

    /** Who signs in with this account: their person id, name and email. */
    public AccountHolder getPerson() {
        return person;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Scope scope() {
        return new Scope(scopeLocalAuthorities, scopeRegions);
    }

    public long getVersion() {
        return version;
    }
}

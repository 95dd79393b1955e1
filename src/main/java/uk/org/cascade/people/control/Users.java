package uk.org.cascade.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.people.control.UserForm;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.control.PasswordPolicy;
import uk.org.cascade.security.control.Passwords;
import uk.org.cascade.security.control.ScopeView;
import uk.org.cascade.security.entity.AccountHolder;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * User administration, shared by the API and the admin pages. It lives with people because giving someone a
 * sign-in creates or renames the person; security keeps signing in, roles and scope. Every change is audited.
 */
@ApplicationScoped
public class Users {

    static final String AUDIT_TYPE = "UserAccount";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** Creates a user, linking the person with that email when one exists already. */
    @Transactional
    public UserAccount create(UserForm form) {
        Validation check = new Validation();
        Person.checkEmail(check, form.email());
        Person.checkName(check, form.name());
        PasswordPolicy.check(form.password(), form.email()).forEach(check::add);
        Set<Role> roles = parseRoles(form.roles(), check);
        Scope scope = parseScope(form.scope(), check);
        UserAccount.checkGrant(check, roles, scope);
        check.orThrow();

        String email = Person.normaliseEmail(form.email());
        Person person = findPerson(email).orElseGet(() -> {
            Person created = new Person(form.name(), email);
            em.persist(created);
            return created;
        });
        if (findByEmail(email).isPresent()) {
            throw UniqueKeys.duplicate("uk_user_person");
        }
        em.flush();
        UserAccount user = new UserAccount(em.find(AccountHolder.class, person.getId()), passwords.hash(form.password()),
                roles, scope, today.now());
        em.persist(user);
        em.flush();
        audit.record(AUDIT_TYPE, user.getId(), "CREATED", null, user.auditState());
        return user;
    }

    /** Changes name, roles, scope and (when given) password; refuses a stale version. */
    @Transactional
    public UserAccount change(long id, UserForm form) {
        UserAccount user = find(id);
        Versions.require(form.version(), user.getVersion(), "user");
        Validation check = new Validation();
        Person.checkName(check, form.name());
        boolean newPassword = form.password() != null && !form.password().isEmpty();
        if (newPassword) {
            PasswordPolicy.check(form.password(), user.getPerson().getEmail()).forEach(check::add);
        }
        Set<Role> roles = parseRoles(form.roles(), check);
        Scope scope = parseScope(form.scope(), check);
        UserAccount.checkGrant(check, roles, scope);
        check.orThrow();
        Map<String, Object> before = user.auditState();
        if (user.holds(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnAdministrator(user);
        }
        em.find(Person.class, user.getPerson().getId()).rename(form.name());
        user.grant(roles, scope);
        if (newPassword) {
            user.changePassword(passwords.hash(form.password()));
        }
        em.flush();
        // The account sees its holder through security's read-only view, loaded before the rename.
        em.refresh(user.getPerson());
        audit.record(AUDIT_TYPE, user.getId(), newPassword ? "CHANGED_WITH_PASSWORD" : "CHANGED", before, user.auditState());
        return user;
    }

    @Transactional
    public UserAccount deactivate(long id, Long version) {
        UserAccount user = find(id);
        Versions.require(version, user.getVersion(), "user");
        if (!user.isActive()) {
            return user;
        }
        Map<String, Object> before = user.auditState();
        if (user.holds(Role.ADMIN)) {
            keepAnAdministrator(user);
        }
        user.deactivate();
        em.flush();
        audit.record(AUDIT_TYPE, user.getId(), "DEACTIVATED", before, user.auditState());
        return user;
    }

    @Transactional
    public UserAccount reactivate(long id, Long version) {
        UserAccount user = find(id);
        Versions.require(version, user.getVersion(), "user");
        if (user.isActive()) {
            return user;
        }
        Map<String, Object> before = user.auditState();
        user.reactivate();
        em.flush();
        audit.record(AUDIT_TYPE, user.getId(), "REACTIVATED", before, user.auditState());
        return user;
    }

    public UserAccount find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> new NotFound("No user with id " + id));
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.byEmail(email);
    }

    public long count() {
        return accounts.count();
    }

    public Page<UserAccount> page(String text, PageRequest request) {
        return accounts.page(text, request);
    }

    private Optional<Person> findPerson(String email) {
        return em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    /** Deactivating or demoting the last active administrator would lock everyone out of administration. */
    private void keepAnAdministrator(UserAccount leaving) {
        List<Long> admins = accounts.lockActiveAdministrators();
        if (admins.stream().noneMatch(id -> !id.equals(leaving.getId()))) {
            throw new Conflict("This is the last active administrator; make someone else an administrator first");
        }
    }

    private static Set<Role> parseRoles(List<String> names, Validation check) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                check.add(Violation.field("roles", "'" + name + "' is not a role (one of "
                        + String.join(", ", EnumSet.allOf(Role.class).stream().map(Enum::name).toList()) + ")"));
            }
        }
        return roles;
    }

    private static Scope parseScope(ScopeView view, Validation check) {
        if (view == null) {
            return Scope.NONE;
        }
        try {
            return view.toScope();
        } catch (ValidationFailure e) {
            e.violations().forEach(check::add);
            return Scope.NONE;
        }
    }
}

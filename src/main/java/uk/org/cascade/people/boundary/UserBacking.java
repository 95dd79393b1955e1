package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.organisation.control.LocalAuthorities;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.Region;
import uk.org.cascade.people.control.UserForm;
import uk.org.cascade.people.control.Users;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.PasswordResets;
import uk.org.cascade.security.control.ScopeView;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** Create or change one user: roles, a coordinator's scope, a new password, deactivation. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "email", "user:email", "name", "user:name", "password", "user:password",
            "roles", "user:roles", "scope", "user:localAuthorities",
            "scope.localAuthorities", "user:localAuthorities", "scope.regions", "user:regions");

    /** A local authority the scope can name. */
    public record LaOption(int code, String label) implements Serializable {
    }

    @Inject
    LocalAuthorities england;

    @Inject
    Users users;

    @Inject
    PasswordResets passwordResets;

    @PersistenceContext
    EntityManager em;

    private Long id;
    private String email;
    private String name;
    private String password;
    private List<String> roles = new ArrayList<>();
    private List<Integer> localAuthorities = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private boolean active = true;
    private long version;
    private List<LaOption> localAuthorityOptions;

    /** Reads the user named by the {@code id} parameter; none means a new user. */
    public void load() {
        if (id == null) {
            return;
        }
        UserAccount user = users.find(id);
        email = user.getPerson().getEmail();
        name = user.getPerson().getName();
        roles = new ArrayList<>(user.getRoles().stream().map(Enum::name).toList());
        localAuthorities = new ArrayList<>(user.scope().sortedLocalAuthorities());
        regions = new ArrayList<>(user.scope().sortedRegions());
        active = user.isActive();
        version = user.getVersion();
    }

    public String save() {
        UserForm form = new UserForm(email, name, password, roles, new ScopeView(localAuthorities, regions),
                isNew() ? null : version);
        try {
            if (isNew()) {
                users.create(form);
                Messages.done("User " + name + " created.");
            } else {
                users.change(id, form);
                Messages.done("Changes to " + name + " saved.");
            }
            return "/security/users?faces-redirect=true";
        } catch (ValidationFailure e) {
            Messages.show(e, FIELDS);
        } catch (Conflict e) {
            Messages.conflict(e, FIELDS);
        }
        return null;
    }

    public String deactivate() {
        try {
            users.deactivate(id, version);
            Messages.done(name + " can no longer sign in.");
            return "/security/users?faces-redirect=true";
        } catch (Conflict e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** The password stops working at once and the user is mailed a link to choose a new one. */
    public String forcePasswordReset() {
        if (!Messages.attempt(() -> passwordResets.force(id), FIELDS)) {
            return null;
        }
        Messages.done(name + "'s password no longer works; we have emailed them a link to choose a new one.");
        return "/security/users?faces-redirect=true";
    }

    public String reactivate() {
        try {
            users.reactivate(id, version);
            Messages.done(name + " can sign in again.");
            return "/security/users?faces-redirect=true";
        } catch (Conflict e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<LaOption> getLocalAuthorityOptions() {
        // Read once per view: Faces calls getters several times per render.
        if (localAuthorityOptions == null) {
            localAuthorityOptions = england.all().stream()
                    .map(l -> new LaOption(l.getCode(), l.getCode() + " " + l.getName())).toList();
        }
        return localAuthorityOptions;
    }

    public List<String> getRegionOptions() {
        return Region.ENGLAND;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<Integer> getLocalAuthorities() {
        return localAuthorities;
    }

    public void setLocalAuthorities(List<Integer> localAuthorities) {
        this.localAuthorities = localAuthorities;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}

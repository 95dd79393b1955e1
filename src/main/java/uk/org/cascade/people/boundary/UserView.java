package uk.org.cascade.people.boundary;

import java.io.Serializable;
import java.util.List;
import uk.org.cascade.security.control.ScopeView;
import uk.org.cascade.security.entity.UserAccount;

/** A user as the API answers it: never the password hash. */
public record UserView(long id, long personId, String email, String name, List<String> roles, ScopeView scope,
                       boolean active, long version) implements Serializable {

    public static UserView of(UserAccount user) {
        return new UserView(user.getId(), user.getPerson().getId(), user.getPerson().getEmail(),
                user.getPerson().getName(), user.getRoles().stream().map(Enum::name).toList(),
                ScopeView.of(user.scope()), user.isActive(), user.getVersion());
    }
}

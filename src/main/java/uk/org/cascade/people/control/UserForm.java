package uk.org.cascade.people.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import uk.org.cascade.security.control.ScopeView;

/**
 * What the API and the UI send to create or change a user. Roles are strings so that an unknown
 * role is reported by name rather than as unreadable JSON. {@code password} is optional on change.
 */
public record UserForm(String email, String name, String password, List<String> roles, ScopeView scope,
                       Long version) {

    @JsonbCreator
    public UserForm {
    }
}

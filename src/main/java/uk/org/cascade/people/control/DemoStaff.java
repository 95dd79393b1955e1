package uk.org.cascade.people.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.platform.control.DemoWorld;
import uk.org.cascade.security.control.ScopeView;

/** People's part of the demo world: the demo sign-ins, the staff roster, and later the refresher roster. */
@ApplicationScoped
public class DemoStaff {

    /** The sign-ins resource's shape. */
    public record DemoUsers(List<UserData> users) {

        @JsonbCreator
        public DemoUsers {
        }
    }

    public record UserData(String email, String name, String password, List<String> roles, ScopeView scope) {

        @JsonbCreator
        public UserData {
        }
    }

    /** The demo imports may place anyone anywhere. */
    private static final Reach EVERYONE = new Reach(true, Optional.empty(), -1);

    @Inject
    Users users;

    @Inject
    RosterImport roster;

    void loadSignInsAndStaff(@Observes @Priority(DemoWorld.SIGN_INS_AND_STAFF) DemoWorld world) {
        if (world.needs(DemoWorld.BASE_LOADED)) {
            for (UserData u : world.read("demo-users.json", DemoUsers.class).users()) {
                if (users.findByEmail(u.email()).isEmpty()) {
                    users.create(new UserForm(u.email(), u.name(), u.password(), u.roles(), u.scope(), null));
                }
            }
            world.importFile("roster-demo.csv", f -> roster.run(f, false, EVERYONE).rejected());
            world.loaded(DemoWorld.BASE_LOADED, "Loaded demo data");
        }
    }

    void loadRefresherStaff(@Observes @Priority(DemoWorld.REFRESHER_STAFF) DemoWorld world) {
        // The marker is set by the cohorts' part of the refreshers, which follows.
        if (world.needs(DemoWorld.REFRESHERS_LOADED)) {
            world.importFile("refresher-roster-demo.csv", f -> roster.run(f, false, EVERYONE).rejected());
        }
    }

    void logLogins(@Observes @Priority(DemoWorld.LOGINS) DemoWorld world) {
        StringBuilder logins = new StringBuilder("Demo logins (demo data only, documented in the README):");
        for (UserData u : world.read("demo-users.json", DemoUsers.class).users()) {
            logins.append("\n  ").append(String.join(", ", u.roles())).append(": ")
                    .append(u.email()).append(" / ").append(u.password());
        }
        world.log(logins.toString());
    }
}

package uk.org.cascade.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.people.control.UserForm;
import uk.org.cascade.people.control.Users;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/**
 * Creates the first administrator from {@code CASCADE_ADMIN_EMAIL} / {@code CASCADE_ADMIN_PASSWORD},
 * only while no user exists at all. Never logs either value.
 */
@Startup
@Singleton(name = "FirstAdministrator")
@DependsOn("Migrations")
// Users.create runs in its own transaction, so a clash with another instance is caught here, not at commit.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Users users;

    @Inject
    @ConfigProperty(name = "cascade.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "cascade.admin.password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoUserExists() {
        if (users.count() > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No user exists yet: set CASCADE_ADMIN_EMAIL and CASCADE_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        try {
            users.create(new UserForm(email.get(), "Administrator", password.get(), List.of("ADMIN"), null, null));
            LOG.info("Created the first administrator from CASCADE_ADMIN_EMAIL");
        } catch (Conflict | PersistenceException | TransactionalException e) {
            // Another instance of a cluster created it at the same moment.
            LOG.info("The first administrator was created by another instance");
        } catch (ValidationFailure e) {
            LOG.severe("The first administrator was not created: " + e.violations().stream()
                    .map(Violation::message).toList() + ". Fix CASCADE_ADMIN_EMAIL / CASCADE_ADMIN_PASSWORD and restart.");
        }
    }
}

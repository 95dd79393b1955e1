package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.security.entity.UserAccount;

/** Finds a sign-in by its holder's email, active or not: for the current user and for user administration. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.person.email = :email", UserAccount.class)
                .setParameter("email", Emails.normalise(email))
                .getResultStream().findFirst();
    }
}

package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.security.control.SignIn.Accepted;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Signed-in callers, remembered between requests so that a request does not load the account, its roles and
 * its scope again. Each use checks the account's version and its holder's name in one indexed query: deactivation,
 * a role or scope change and a new password all bump the version, and a rename in the people context shows in the
 * name, so a remembered caller is never out of date, on this instance or any other sharing the database. The
 * accounts held are detached snapshots, only ever read.
 */
@ApplicationScoped
public class Callers {

    /** Beyond this many remembered callers the memory starts afresh: a snapshot is cheap to reload. */
    static final int MAX_REMEMBERED = 20_000;

    /** A signed-in caller: a snapshot of their account at one version. */
    public record Caller(UserAccount account) {

        public Accepted accepted() {
            return new Accepted(account.getPerson().getEmail(), account.getRoles());
        }

        public String email() {
            return account.getPerson().getEmail();
        }
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Long, Caller> remembered = new ConcurrentHashMap<>();

    /** The active account with this email, as it stands now; empty if there is none or it is deactivated. */
    public Optional<Caller> byEmail(String email) {
        List<Object[]> rows = em.createQuery("SELECT u.id, u.version, u.person.name FROM UserAccount u "
                        + "WHERE u.person.email = :email AND u.active = TRUE", Object[].class)
                .setParameter("email", Emails.normalise(email))
                .getResultList();
        return rows.isEmpty() ? Optional.empty()
                : at((Long) rows.get(0)[0], (Long) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    /** The active account with this id, as it stands now; empty if it is deactivated. */
    public Optional<Caller> byId(long id) {
        List<Object[]> rows = em.createQuery("SELECT u.version, u.person.name FROM UserAccount u "
                        + "WHERE u.id = :id AND u.active = TRUE", Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : at(id, (Long) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    /**
     * The caller of an account found active just now at {@code version} with its holder called {@code name} (also by
     * a token's query). Loads a snapshot only when the one remembered differs. A change committed in between gives a
     * newer snapshot, which is checked again for being active.
     */
    public Optional<Caller> at(long id, long version, String name) {
        Caller known = remembered.get(id);
        if (known != null && known.account().getVersion() == version
                && known.account().getPerson().getName().equals(name)) {
            return Optional.of(known);
        }
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null || !account.isActive()) {
            remembered.remove(id);
            return Optional.empty();
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        Caller fresh = new Caller(account);
        remembered.put(id, fresh);
        return Optional.of(fresh);
    }
}

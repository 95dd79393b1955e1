package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Secrets;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Callers.Caller;
import uk.org.cascade.security.entity.ApiToken;
import uk.org.cascade.security.entity.UserAccount;

/**
 * API tokens: issued by a user for their scripts, listed and revoked by them or an administrator, and checked on
 * every API call that carries {@code Authorization: Bearer}. The secret is shown once, when issued, and never
 * stored, logged or audited. Every change is audited.
 */
@ApplicationScoped
public class ApiTokens {

    static final String AUDIT_TYPE = "ApiToken";
    /** Recognisable to secret scanners; the rest is 256 random bits, URL-safe. */
    public static final String PREFIX = "cascade_";
    /** What a 401 for a Bearer call says about how to sign in (RFC 6750). */
    public static final String CHALLENGE = "Bearer realm=\"Cascade\", error=\"invalid_token\"";

    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    /** A token just issued, with the secret that is shown this once. */
    public record Issued(ApiToken token, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    TokenUse use;

    @Inject
    Callers callers;

    @Transactional
    public Issued issue(long ownerId, String name, Integer expiresInDays) {
        UserAccount owner = user(ownerId);
        String secret = PREFIX + Secrets.random256();
        ApiToken token = new ApiToken(owner, name, expiresInDays, secret, today.now());
        em.persist(token);
        em.flush();
        audit.record(AUDIT_TYPE, token.getId(), "ISSUED", null, token.auditState());
        return new Issued(token, secret);
    }

    /** A user's tokens that have not been revoked, expired ones included, newest first; 404 for no such user. */
    public List<ApiToken> of(long ownerId) {
        user(ownerId);
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.owner.id = :owner AND t.revokedAt IS NULL "
                + "ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class).setParameter("owner", ownerId).getResultList();
    }

    /**
     * Revokes one of a user's tokens; one that is not theirs, or was revoked already, is 404 alike, so an id
     * reveals nothing about other people's tokens.
     */
    @Transactional
    public void revoke(long ownerId, long tokenId, boolean byAdministrator) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.isRevoked() || !token.getOwner().getId().equals(ownerId)) {
            throw new NotFound("No such API token");
        }
        var before = token.auditState();
        token.revoke(today.now());
        em.flush();
        audit.record(AUDIT_TYPE, token.getId(), byAdministrator ? "REVOKED_BY_ADMINISTRATOR" : "REVOKED", before,
                token.auditState());
    }

    public static boolean isBearer(String authorization) {
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * The owner a Bearer header signs in, as they are now: one indexed lookup of the token's hash, joined to the
     * owner's account so that a deactivated owner, like an expired or revoked token, signs in nobody; their roles and
     * scope come from the snapshot {@link Callers} holds for the account's current version.
     */
    public Optional<Caller> authenticate(String authorization) {
        String secret = authorization.substring(7).strip();
        if (!SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("SELECT t.id, t.expiresAt, t.revokedAt, t.lastUsedAt, o.id, o.version, "
                        + "p.name FROM ApiToken t JOIN t.owner o JOIN o.person p "
                        + "WHERE t.tokenHash = :hash AND o.active = TRUE", Object[].class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultList();
        Instant now = today.now();
        if (rows.isEmpty() || !ApiToken.usable((Instant) rows.get(0)[1], (Instant) rows.get(0)[2], now)) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (ApiToken.useWorthRecording((Instant) row[3], now)) {
            use.record((Long) row[0], now);
        }
        return callers.at((Long) row[4], (Long) row[5], (String) row[6]);
    }

    private UserAccount user(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new NotFound("No such user");
        }
        return user;
    }
}

package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import uk.org.cascade.platform.control.InstantConverter;
import uk.org.cascade.security.entity.ApiToken;

/**
 * Writes when an API token was last used, at most once a minute per token: the condition is in the UPDATE itself,
 * so parallel calls and other instances that all saw an old time write it once between them.
 */
@ApplicationScoped
public class TokenUse {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public void record(long tokenId, Instant now) {
        em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2 "
                        + "AND (last_used_at IS NULL OR last_used_at <= ?3)")
                .setParameter(1, Timestamp.valueOf(UTC.convertToDatabaseColumn(now)))
                .setParameter(2, tokenId)
                .setParameter(3, Timestamp.valueOf(UTC.convertToDatabaseColumn(now.minus(ApiToken.USE_RECORDED_EVERY))))
                .executeUpdate();
    }
}

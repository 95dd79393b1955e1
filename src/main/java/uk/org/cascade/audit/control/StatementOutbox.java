package uk.org.cascade.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.org.cascade.platform.control.InstantConverter;

/**
 * The outbox's rows, each change in a short transaction of its own. An instance claims a batch of due statements
 * with one conditional UPDATE before it sends them (MySQL and MariaDB lock the rows it matches), so two instances
 * of a cluster never send the same statement at the same time; a claim lapses after {@link #CLAIM}, so a statement
 * claimed by an instance that died is sent by another.
 */
@ApplicationScoped
public class StatementOutbox {

    /** Longer than a batch can take: {@link #BATCH} statements at the client's timeout each. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final int BATCH = 25;
    private static final InstantConverter UTC = new InstantConverter();

    /** A claimed statement: its id, its JSON and how often it was tried before. */
    record Claimed(String id, String body, int attempts) {
    }

    /** The outbox at a glance, for operators. */
    public record Health(boolean configured, long pending, long sent, long rejected, Instant oldestPending) {
    }

    @PersistenceContext
    EntityManager em;

    /** Claims up to a batch of due statements, oldest due first, for {@code claim}; what it got. */
    @Transactional(TxType.REQUIRES_NEW)
    List<Claimed> claim(String claim, Instant now) {
        em.createNativeQuery("UPDATE xapi_statement SET claimed_by = ?1, claim_until = ?2 WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ?3 AND (claim_until IS NULL OR claim_until < ?4) "
                        + "ORDER BY next_attempt_at LIMIT " + BATCH)
                .setParameter(1, claim).setParameter(2, at(now.plus(CLAIM))).setParameter(3, at(now))
                .setParameter(4, at(now)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, body, attempts FROM xapi_statement WHERE status = 'PENDING' "
                + "AND claimed_by = ?1 ORDER BY next_attempt_at, id").setParameter(1, claim).getResultList();
        return rows.stream().map(r -> new Claimed((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** Sent or refused for good; only while the claim is still this sender's. */
    @Transactional(TxType.REQUIRES_NEW)
    void settle(Claimed statement, String claim, DeliveryRule.Outcome outcome, int status, Instant now) {
        em.createNativeQuery("UPDATE xapi_statement SET status = ?1, settled_at = ?2, attempts = attempts + 1, "
                        + "last_status_code = NULLIF(?3, 0), claimed_by = NULL, claim_until = NULL "
                        + "WHERE id = ?4 AND claimed_by = ?5")
                .setParameter(1, outcome.name()).setParameter(2, at(now)).setParameter(3, status)
                .setParameter(4, statement.id()).setParameter(5, claim).executeUpdate();
    }

    /** Not delivered: tried again after the back-off for its number of attempts. */
    @Transactional(TxType.REQUIRES_NEW)
    void postpone(Claimed statement, String claim, int status, Instant now) {
        int attempts = statement.attempts() + 1;
        em.createNativeQuery("UPDATE xapi_statement SET attempts = ?1, next_attempt_at = ?2, "
                        + "last_status_code = NULLIF(?3, 0), claimed_by = NULL, claim_until = NULL "
                        + "WHERE id = ?4 AND claimed_by = ?5")
                .setParameter(1, attempts).setParameter(2, at(now.plus(DeliveryRule.retryAfter(attempts))))
                .setParameter(3, status).setParameter(4, statement.id()).setParameter(5, claim).executeUpdate();
    }

    /** Gives back what was claimed and not tried (the LRS went away mid-batch). */
    @Transactional(TxType.REQUIRES_NEW)
    void release(String claim) {
        em.createNativeQuery("UPDATE xapi_statement SET claimed_by = NULL, claim_until = NULL "
                + "WHERE status = 'PENDING' AND claimed_by = ?1").setParameter(1, claim).executeUpdate();
    }

    /** Makes every pending statement due now, whatever its back-off: the LRS is known to be back. How many. */
    @Transactional(TxType.REQUIRED)
    public int dueNow(Instant now) {
        return em.createNativeQuery("UPDATE xapi_statement SET next_attempt_at = ?1 WHERE status = 'PENDING' "
                + "AND next_attempt_at > ?2").setParameter(1, at(now)).setParameter(2, at(now)).executeUpdate();
    }

    public Health health(boolean configured) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*), MIN(created_at) FROM xapi_statement "
                + "GROUP BY status").getResultList();
        long pending = 0;
        long sent = 0;
        long rejected = 0;
        Instant oldest = null;
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            switch (String.valueOf(r[0])) {
                case "PENDING" -> {
                    pending = n;
                    oldest = r[2] == null ? null : UTC.convertToEntityAttribute(toLocal(r[2]));
                }
                case "SENT" -> sent = n;
                default -> rejected += n;
            }
        }
        return new Health(configured, pending, sent, rejected, oldest);
    }

    private static java.time.LocalDateTime toLocal(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.valueOf(UTC.convertToDatabaseColumn(instant));
    }
}

package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.platform.control.Today;

/** The stored credential signing key: one row, the issuer's; the private part only as {@link KeySeal} sealed it. */
@ApplicationScoped
public class SigningKeyRows {

    /** A stored key: its id, the public JWK and the sealed private JWK. */
    public record Row(String keyId, String publicJwk, String sealedPrivateKey) {
    }

    private static final String PURPOSE = "ISSUER";

    @PersistenceContext
    EntityManager em;

    @Inject
    Today today;

    public Optional<Row> find() {
        List<?> rows = em.createNativeQuery("SELECT key_id, public_jwk, sealed_private_key FROM credential_signing_key "
                + "WHERE purpose = ?1").setParameter(1, PURPOSE).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] cells = (Object[]) r;
            return new Row((String) cells[0], (String) cells[1], (String) cells[2]);
        });
    }

    /**
     * Stores {@code candidate} unless a key exists already, and answers the key that is stored. Two instances
     * starting together both try: the unique purpose lets one row in, and the other reads it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Row claim(Row candidate) {
        em.createNativeQuery("INSERT IGNORE INTO credential_signing_key (purpose, key_id, public_jwk, sealed_private_key, "
                        + "created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, PURPOSE).setParameter(2, candidate.keyId()).setParameter(3, candidate.publicJwk())
                .setParameter(4, candidate.sealedPrivateKey()).setParameter(5, Timestamp.from(today.now()))
                .executeUpdate();
        return find().orElseThrow(() -> new IllegalStateException("The signing key row vanished as it was stored"));
    }
}

package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.platform.control.Today;

/**
 * Public checking of a certificate by its verification code: whether it stands, and no more about the
 * person than the certificate itself shows (name, competency, dates).
 */
@ApplicationScoped
public class Verification {

    /** Twelve characters of the unambiguous alphabet the codes are made from (no I, O, 0 or 1). */
    public static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{12}");

    public enum Status {
        VALID,
        EXPIRED,
        REVOKED
    }

    /**
     * What a verifier may know. {@code validUntil} is the last day it counts (null: does not expire);
     * {@code expiredOn} the first day it no longer does.
     */
    public record Verified(Status status, String name, String competency, LocalDate signedOn, LocalDate validUntil,
                           LocalDate expiredOn) {

        public boolean valid() {
            return status == Status.VALID;
        }
    }

    /** How a pasted credential fared: checked (then {@code verified} says how it stands), not ours, or unreadable. */
    public enum Outcome {
        CHECKED,
        NOT_OURS,
        UNREADABLE
    }

    public record CredentialCheck(Outcome outcome, Verified verified) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    Credentials credentials;

    @Inject
    Today today;

    /** The code as people type it: spaces dropped, any case. */
    public static Optional<String> normalised(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String bare = code.replace(" ", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }

    /** Empty for a malformed or unknown code; the database is asked only about well-formed ones. */
    public Optional<Verified> check(String code) {
        Optional<String> wellFormed = normalised(code);
        if (wellFormed.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignOff> found = em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.person JOIN FETCH s.competency "
                        + "WHERE s.verificationCode = :code", SignOff.class)
                .setParameter("code", wellFormed.get()).getResultStream().findFirst();
        return found.map(this::verified);
    }

    /**
     * A pasted credential (the compact JWS, or the credential's JSON) checked against what this Cascade issued: a JWS
     * by its signature under the issuer's key, JSON by being exactly the credential the sign-off has. Then, like a
     * code, whether it stands. {@link IssuerKeys.Unavailable} when there is no key to check with.
     */
    public CredentialCheck checkCredential(String pasted) {
        String text = pasted == null ? "" : pasted.strip();
        Optional<JsonObject> claimed;
        if (text.startsWith("{")) {
            claimed = object(text);
            if (claimed.isEmpty()) {
                return new CredentialCheck(Outcome.UNREADABLE, null);
            }
        } else if (text.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
            Optional<String> payload = keys.verified(text);
            if (payload.isEmpty()) {
                return new CredentialCheck(Outcome.NOT_OURS, null);
            }
            claimed = object(payload.get());
        } else {
            return new CredentialCheck(Outcome.UNREADABLE, null);
        }
        Optional<SignOff> signOff = claimed.flatMap(Verification::statusListIndex).map(id -> em.find(SignOff.class, id));
        // Signed or not, it must be exactly the credential this sign-off has: a changed claim does not pass.
        if (signOff.isEmpty() || signOff.get().getOutcome() != uk.org.cascade.competency.entity.Outcome.COMPETENT
                || !credentials.of(signOff.get()).equals(claimed.get())) {
            return new CredentialCheck(Outcome.NOT_OURS, null);
        }
        return new CredentialCheck(Outcome.CHECKED, verified(signOff.get()));
    }

    private Verified verified(SignOff s) {
        boolean revoked = em.createQuery("SELECT COUNT(r) FROM Revocation r WHERE r.signOff = :s", Long.class)
                .setParameter("s", s).getSingleResult() > 0;
        LocalDate expires = s.getExpiresOn();
        LocalDate today = this.today.date();
        Status status = revoked ? Status.REVOKED
                : expires != null && !today.isBefore(expires) ? Status.EXPIRED : Status.VALID;
        return new Verified(status, s.getPerson().getName(), s.getCompetency().getTitle(), s.getSignedOn(),
                expires == null ? null : expires.minusDays(1), expires);
    }

    private static Optional<JsonObject> object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** The sign-off a credential names: its place in the revocation list is the sign-off's id. */
    private static Optional<Long> statusListIndex(JsonObject credential) {
        try {
            return Optional.of(Long.parseLong(credential.getJsonObject("credentialStatus").getString("statusListIndex")));
        } catch (RuntimeException notACredentialOfOurs) {
            return Optional.empty();
        }
    }
}

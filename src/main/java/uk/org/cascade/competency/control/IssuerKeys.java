package uk.org.cascade.competency.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.platform.Sha256;

/**
 * The key that signs credentials (VC-JWT, ES256 or RS256). It is read from {@code CASCADE_SIGNING_KEY_FILE} (a
 * private JWK) when that is set; otherwise the database keeps it, sealed under {@code CASCADE_SECRET_KEY}, and the
 * first start makes it (ES256, P-256). Without a usable key the credential feature is off, said once in the log,
 * and its answers are 503: the rest of Cascade runs on.
 */
@ApplicationScoped
public class IssuerKeys {

    /** The credential feature is off; the message says why, fit for the log and a 503. */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");
    private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

    @Inject
    @ConfigProperty(name = "cascade.secret.key")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "cascade.signing.key.file")
    Optional<String> keyFile;

    @Inject
    SigningKeyRows rows;

    private volatile JWK key;
    private volatile String refused;

    /** The private key, loaded (or made) once; {@link Unavailable} while there is none. */
    public JWK key() {
        JWK loaded = key;
        if (loaded != null) {
            return loaded;
        }
        if (refused != null) {
            throw new Unavailable(refused);
        }
        synchronized (this) {
            if (key == null && refused == null) {
                try {
                    key = load();
                    LOG.info(() -> "Credentials are signed with key " + key.getKeyID() + " (" + algorithm(key) + ")");
                } catch (KeySeal.Refused e) {
                    // A configuration mistake stays one until a restart: say it once, then answer 503 each time.
                    refused = "Credentials are off: " + e.getMessage();
                    LOG.warning(refused);
                }
            }
            if (key == null) {
                throw new Unavailable(refused);
            }
            return key;
        }
    }

    /** The credential as a compact JWS whose payload is the credential itself (VC-JWT). */
    public String sign(String credentialJson) {
        JWK k = key();
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm(k)).type(VC_JWT).keyID(k.getKeyID()).build(),
                    new Payload(credentialJson));
            jws.sign(k instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) k));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
    }

    /** The payload of a compact JWS this issuer signed; empty when it is not one, or its signature does not match. */
    public Optional<String> verified(String compact) {
        JWK k = key();
        try {
            JWSObject jws = JWSObject.parse(compact);
            if (!k.getKeyID().equals(jws.getHeader().getKeyID()) || !algorithm(k).equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            JWSVerifier verifier = k instanceof ECKey ec ? new ECDSAVerifier(ec.toPublicJWK())
                    : new RSASSAVerifier(((RSAKey) k).toPublicJWK());
            return jws.verify(verifier) ? Optional.of(jws.getPayload().toString()) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The JWKS document: public keys only. */
    public String jwks() {
        return new JWKSet(key().toPublicJWK()).toString(true);
    }

    /**
     * A salt for the holder's identity hash, the same for a sign-off every time it is fetched, and not derivable by
     * anyone without the private key: HMAC-SHA256 of the sign-off id under a hash of the key.
     */
    public String identitySalt(long signOffId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(Sha256.hex(key().toJSONString())), "HmacSHA256"));
            byte[] salt = mac.doFinal(("identity-salt:" + signOffId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(salt, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private JWK load() throws KeySeal.Refused {
        Optional<String> file = keyFile.map(String::strip).filter(f -> !f.isEmpty());
        if (file.isPresent()) {
            return fromFile(Path.of(file.get()));
        }
        KeySeal seal = KeySeal.of(secret);
        Optional<SigningKeyRows.Row> stored = rows.find();
        if (stored.isEmpty()) {
            ECKey made = generate();
            stored = Optional.of(rows.claim(new SigningKeyRows.Row(made.getKeyID(), made.toPublicJWK().toJSONString(),
                    seal.seal(made.toJSONString(), made.getKeyID()))));
        }
        SigningKeyRows.Row row = stored.get();
        try {
            return usable(JWK.parse(seal.open(row.sealedPrivateKey(), row.keyId())));
        } catch (ParseException e) {
            throw new KeySeal.Refused("the stored signing key is not a JWK");
        }
    }

    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 keys are part of every JDK", e);
        }
    }

    static JWK fromFile(Path file) throws KeySeal.Refused {
        try {
            return usable(JWK.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new KeySeal.Refused("CASCADE_SIGNING_KEY_FILE cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (ParseException e) {
            throw new KeySeal.Refused("CASCADE_SIGNING_KEY_FILE is not a JWK (a JSON Web Key with its private part)");
        }
    }

    /** A private EC P-256 or RSA (at least 2048 bits) key, given a key id (its thumbprint) if it has none. */
    static JWK usable(JWK jwk) throws KeySeal.Refused {
        if (!jwk.isPrivate()) {
            throw new KeySeal.Refused("the signing key has no private part");
        }
        try {
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                return ec.getKeyID() != null ? ec : new ECKey.Builder(ec).keyIDFromThumbprint().build();
            }
            if (jwk instanceof RSAKey rsa && rsa.size() >= 2048) {
                return rsa.getKeyID() != null ? rsa : new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
            }
        } catch (JOSEException e) {
            throw new KeySeal.Refused("the signing key's thumbprint cannot be computed");
        }
        throw new KeySeal.Refused("the signing key must be EC P-256 (ES256) or RSA of at least 2048 bits (RS256)");
    }

    static JWSAlgorithm algorithm(JWK k) {
        return k instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
    }
}

package uk.org.cascade.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.org.cascade.platform.control.FormDestinations;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.security.control.SignIn.Accepted;

/**
 * Signing in through the organisation's OpenID Connect provider (Microsoft Entra ID, Google Workspace …) with the
 * authorization-code flow: state, nonce and a PKCE S256 verifier per attempt, kept in the session; the code
 * exchanged with the client secret; the ID token checked against the provider's published keys, issuer, audience,
 * expiry and nonce (Nimbus OAuth 2.0 SDK). The token only says who the person is: the account, its roles and its
 * scope are Cascade's, and only an active account with the vouched-for email may sign in.
 */
@ApplicationScoped
public class SingleSignOn implements FormDestinations {

    /** Session attribute: the ID token of a single sign-on, the hint the provider's sign-out asks for. */
    public static final String ID_TOKEN = "cascade.sso.id-token";
    public static final String CALLBACK = "/sso/callback";
    static final String PENDING = "cascade.sso.pending";
    static final int TIMEOUT_MILLIS = 5_000;

    public static final String INTERRUPTED = "The single sign-on was interrupted or tampered with. Please try again.";
    public static final String PROVIDER_FAILED = "The single sign-on provider refused the sign-in or could not be "
            + "reached. Please try again, or sign in with your password.";
    public static final String UNVERIFIED = "Your single sign-on provider does not confirm that your email address "
            + "is verified, so Cascade cannot match it to an account. Ask your administrator.";
    public static final String NO_EMAIL = "Your single sign-on provider did not share your email address, so "
            + "Cascade cannot match it to an account. Ask your administrator.";

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    /** What the provider's answer came to. */
    public sealed interface Result permits SignedIn, Refused {
    }

    /** {@code next}: the path within Cascade to go on to. */
    public record SignedIn(Accepted caller, String next, String idToken) implements Result {
    }

    /** {@code reason}: plain words for the login page. */
    public record Refused(String reason) implements Result {
    }

    /** One attempt's secrets, between sending the person to the provider and their return. */
    record Pending(String state, String nonce, String verifier, String next) implements Serializable {
    }

    /** The provider as its discovery document describes it, and a checker for its ID tokens. */
    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** The provider could not be asked: its discovery document did not load. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(Throwable cause) {
            super(cause);
        }
    }

    @Inject
    SingleSignOnSettings settings;

    @Inject
    Callers callers;

    @Inject
    PublicAddress address;

    private volatile Provider provider;

    public boolean enabled() {
        return settings.enabled();
    }

    public String label() {
        return settings.label();
    }

    /** The provider's sign-in address for a new attempt, whose secrets {@code session} keeps until the return. */
    public URI start(HttpSession session, String next) throws Unavailable {
        Provider p = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        session.setAttribute(PENDING, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), next));
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()), callback())
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** The person's return from the provider: signed in, or refused and why. An attempt is answered once only. */
    public Result finish(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        String state = request.getParameter("state");
        if (!(stored instanceof Pending pending) || state == null || !state.equals(pending.state())) {
            return refused("the state is missing or does not match", INTERRUPTED);
        }
        String issuer = request.getParameter("iss");
        if (issuer != null && !issuer.equals(settings.issuer())) {
            // RFC 9207: an answer from another provider than the one this attempt went to.
            return refused("the answer names another issuer", INTERRUPTED);
        }
        if (request.getParameter("error") != null) {
            // Only the error code's own characters reach the log: the parameter is whatever the browser sent.
            return refused("the provider answered " + request.getParameter("error").replaceAll("[^A-Za-z0-9_]", ""),
                    PROVIDER_FAILED);
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            return refused("the answer has no code", INTERRUPTED);
        }
        try {
            return signIn(pending, code);
        } catch (Unavailable | IOException | ParseException e) {
            LOG.warning("Single sign-on refused: the provider could not be reached or answered badly ("
                    + e.getClass().getSimpleName() + ")");
            return new Refused(PROVIDER_FAILED);
        } catch (BadJOSEException e) {
            return refused("the ID token did not pass its checks (" + e.getMessage() + ")", INTERRUPTED);
        } catch (JOSEException e) {
            LOG.warning("Single sign-on refused: the provider's keys could not be had (" + e.getMessage() + ")");
            return new Refused(PROVIDER_FAILED);
        }
    }

    private Result signIn(Pending pending, String code)
            throws Unavailable, IOException, ParseException, BadJOSEException, JOSEException {
        Provider p = provider();
        HTTPRequest exchange = new TokenRequest(p.metadata().getTokenEndpointURI(), clientAuthentication(p),
                new AuthorizationCodeGrant(new AuthorizationCode(code), callback(), new CodeVerifier(pending.verifier())))
                .toHTTPRequest();
        exchange.setConnectTimeout(TIMEOUT_MILLIS);
        exchange.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse answer = OIDCTokenResponseParser.parse(exchange.send());
        if (!answer.indicatesSuccess()) {
            return refused("the provider would not exchange the code ("
                    + answer.toErrorResponse().getErrorObject().getCode() + ")", PROVIDER_FAILED);
        }
        JWT idToken = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims = p.validator().validate(idToken, new Nonce(pending.nonce()));
        SingleSignOnEmail.Choice choice = SingleSignOnEmail.from(claims.toJSONObject(), settings.trustedTenants());
        if (choice instanceof SingleSignOnEmail.Unverified) {
            return refused("the email is not verified", UNVERIFIED);
        }
        if (!(choice instanceof SingleSignOnEmail.Vouched vouched)) {
            return refused("the ID token has no email", NO_EMAIL);
        }
        Optional<Accepted> caller = callers.byEmail(vouched.email()).map(Callers.Caller::accepted);
        if (caller.isEmpty()) {
            return refused("no active account has the email", "No active Cascade account uses the email "
                    + vouched.email() + ". Ask your administrator.");
        }
        return new SignedIn(caller.get(), pending.next(), idToken.getParsedString());
    }

    /** Where the provider's sign-out page is, with the way back to Cascade's login page; empty if it has none. */
    public Optional<URI> signOutAt(Object idToken) {
        if (!enabled() || !(idToken instanceof String hint)) {
            return Optional.empty();
        }
        try {
            URI endSession = provider().metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endSession, JWTParser.parse(hint),
                    URI.create(address.of("/login.xhtml?signedOut=true")), null).toURI());
        } catch (Unavailable | java.text.ParseException e) {
            // Cascade's session has ended all the same; the provider's lasts until it expires.
            return Optional.empty();
        }
    }

    /** The provider's origins, which the sign-out form leads to: the issuer's, and its sign-out page's once known. */
    @Override
    public Set<String> origins() {
        if (!enabled()) {
            return Set.of();
        }
        Set<String> origins = new LinkedHashSet<>();
        origin(URI.create(settings.issuer())).ifPresent(origins::add);
        Provider known = provider;
        if (known != null && known.metadata().getEndSessionEndpointURI() != null) {
            origin(known.metadata().getEndSessionEndpointURI()).ifPresent(origins::add);
        }
        return origins;
    }

    static Optional<String> origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }

    private URI callback() {
        return URI.create(address.of(CALLBACK));
    }

    /** The secret as the provider prefers it: in the Authorization header unless it takes it only in the form. */
    private ClientAuthentication clientAuthentication(Provider p) {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = p.metadata().getTokenEndpointAuthMethods();
        return methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }

    /** Discovered on first use and then kept; a failed discovery is tried again next time. */
    private Provider provider() throws Unavailable {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                try {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                            TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                    // RS256 is what Entra ID and Google sign with; the validator fetches and caches their keys.
                    IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(),
                            new ClientID(settings.clientId()), JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
                    provider = new Provider(metadata, validator);
                } catch (GeneralException | IOException | IllegalArgumentException e) {
                    LOG.warning("The single sign-on provider's discovery document did not load ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    throw new Unavailable(e);
                }
            }
            return provider;
        }
    }

    private static Refused refused(String why, String reason) {
        // Why, for the administrator; never who: the log holds no emails.
        LOG.info(() -> "Single sign-on refused: " + why);
        return new Refused(reason);
    }
}

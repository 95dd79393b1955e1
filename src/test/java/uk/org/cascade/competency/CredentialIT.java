package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.competency.control.OpenBadge;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.PageSession;
import uk.org.cascade.platform.Sha256;

/**
 * Open Badges 3.0 credentials as a verifier elsewhere meets them: fetched by the holder, checked against the issuer's
 * published keys with a JOSE library, checked again by pasting into /verify, and withdrawn by revocation.
 */
class CredentialIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String VC_JWT = "application/vc+jwt";

    @Test
    void theHoldersCredential_isSignedUnderThePublishedKey_failsWhenChanged_andFlipsToRevoked() throws Exception {
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(TODAY.minusYears(1));
        long cohort = world.cohort(trainer, world.personId(trainer));
        Caller learner = world.learnerLoginAtNorfolkSchool();
        long learnerId = world.personId(learner);
        assertEquals(201, world.enrol(cohort, learnerId).status());
        long signOff = signOff(world, learnerId, world.personId(trainer), "COMPETENT", trainer);

        HttpResponse<String> json = get("/api/v1/signoffs/" + signOff + "/credential", "application/json", learner);
        HttpResponse<String> jwt = get("/api/v1/signoffs/" + signOff + "/credential", VC_JWT, learner);
        HttpResponse<String> jwks = get("/.well-known/jwks.json", "application/json", Caller.NOBODY);

        assertEquals(200, json.statusCode(), json.body());
        JsonObject credential = object(json.body());
        assertEquals("[\"" + OpenBadge.VC_CONTEXT + "\",\"" + OpenBadge.OB_CONTEXT + "\"]",
                credential.getJsonArray("@context").toString());
        assertEquals("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", credential.getJsonArray("type").toString());
        // CASCADE_BASE_URL is unset here: Cascade names itself localhost and the port it listens on (PublicAddress)
        assertEquals("http://localhost:" + api.uri("/").getPort(), credential.getJsonObject("issuer").getString("id"));
        assertEquals(TODAY.minusDays(2) + "T00:00:00Z", credential.getString("validFrom"));
        assertEquals(TODAY.minusDays(2).plusMonths(24) + "T00:00:00Z", credential.getString("validUntil"));
        JsonObject identity = credential.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
        assertEquals("sha256$" + Sha256.hex(learner.email().toLowerCase() + identity.getString("salt")),
                identity.getString("identityHash"), "the holder's email, salted and hashed");
        assertFalse(json.body().contains(learner.email()), "never the plain email");
        assertEquals(world.programme() + "-P",
                credential.getJsonObject("credentialSubject").getJsonObject("achievement").getString("humanCode"));

        assertEquals(200, jwt.statusCode(), jwt.body());
        assertEquals(VC_JWT, jwt.headers().firstValue("Content-Type").orElseThrow());
        JWSObject jws = JWSObject.parse(jwt.body());
        assertEquals(new JOSEObjectType("vc+jwt"), jws.getHeader().getType());
        assertEquals(JWSAlgorithm.ES256, jws.getHeader().getAlgorithm());
        assertEquals(200, jwks.statusCode(), jwks.body());
        JWKSet keys = JWKSet.parse(jwks.body());
        ECKey published = (ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID());
        assertFalse(published.isPrivate(), "the JWKS holds public keys only");
        assertFalse(jwks.body().contains("\"d\""), jwks.body());
        assertTrue(jws.verify(new ECDSAVerifier(published)), "the signature checks against the published key");
        assertEquals(credential, object(jws.getPayload().toString()), "the JWT's payload is the credential itself");

        // My competencies hands the holder the same signed credential as a file
        HttpResponse<String> download = downloadFromMyCompetencies(learner);
        assertEquals(200, download.statusCode(), download.body());
        assertEquals("attachment; filename=\"open-badge-" + signOff + ".jwt\"",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        JWSObject downloaded = JWSObject.parse(download.body());
        assertTrue(downloaded.verify(new ECDSAVerifier(published)));
        assertEquals(credential, object(downloaded.getPayload().toString()));

        // One claim changed, the signature kept: the library and the /verify page both refuse it
        String longer = jws.getPayload().toString().replace(credential.getString("validUntil"),
                TODAY.plusYears(20) + "T00:00:00Z");
        JWSObject tampered = new JWSObject(jws.getHeader().toBase64URL(), Base64URL.encode(longer), jws.getSignature());
        assertFalse(tampered.verify(new ECDSAVerifier(published)));
        assertTrue(paste(tampered.serialize()).body().contains("<h1>Not issued by this Cascade</h1>"));
        assertTrue(paste(jwt.body()).body().contains("<h1>Valid</h1>"));
        assertTrue(paste(json.body()).body().contains("<h1>Valid</h1>"), "the JSON matches what was issued");
        assertTrue(paste(json.body().replace("\"Profile\"", "\"Profile\",\"Extra\"")).body()
                .contains("<h1>Not issued by this Cascade</h1>"), "changed JSON does not match");
        assertFalse(revokedInTheList(keys, signOff));

        Answer revoked = api.post("/api/v1/signoffs/" + signOff + "/revocation", "{\"reason\":\"wrong learner\"}", trainer);

        assertEquals(200, revoked.status(), revoked.body());
        HttpResponse<String> gone = get("/api/v1/signoffs/" + signOff + "/credential", "application/json", learner);
        assertEquals(409, gone.statusCode());
        assertTrue(gone.body().contains("was revoked"), gone.body());
        assertEquals(409, get("/api/v1/signoffs/" + signOff + "/credential", VC_JWT, learner).statusCode());
        assertTrue(revokedInTheList(keys, signOff), "the public status list shows the revocation");
        assertTrue(paste(jwt.body()).body().contains("<h1>Revoked</h1>"));
    }

    @Test
    void credentials_onlyForStandingCompetence_withinScope_andThePasteFormRefusesClearly() {
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(TODAY.minusYears(1));
        long trainerId = world.personId(trainer);
        long cohort = world.cohort(trainer, trainerId);
        long competent = world.learnerAtNorfolkSchool();
        long notYet = world.learnerAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, competent).status());
        assertEquals(201, world.enrol(cohort, notYet).status());
        long standing = signOff(world, competent, trainerId, "COMPETENT", trainer);
        long notCompetent = signOff(world, notYet, trainerId, "NOT_YET_COMPETENT", trainer);
        Caller suffolk = coordinatorOf(935);

        HttpResponse<String> refused = get("/api/v1/signoffs/" + notCompetent + "/credential", "application/json", trainer);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("not yet competent"), refused.body());
        assertEquals(200, get("/api/v1/signoffs/" + standing + "/credential", VC_JWT, world.user("COORDINATOR"))
                .statusCode(), "a Norfolk coordinator reaches the Norfolk learner");
        assertEquals(404, get("/api/v1/signoffs/" + standing + "/credential", "application/json", suffolk).statusCode(),
                "another local authority's coordinator does not");
        assertEquals(401, get("/api/v1/signoffs/" + standing + "/credential", "application/json", Caller.NOBODY)
                .statusCode());

        // An expired competency still has its credential (validUntil in the past), and a verifier hears it expired
        long newTrainer = world.personId(world.user("TRAINER"));
        Answer old = api.post("/api/v1/signoffs", "{\"personId\":" + newTrainer + ",\"competencyCode\":\""
                + world.programme() + "-T\",\"assessorId\":" + world.personId(Caller.ADMIN) + ",\"date\":\""
                + TODAY.minusYears(3) + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"Accreditation seen\",\"external\":true}",
                Caller.ADMIN);
        assertEquals(201, old.status(), old.body());
        HttpResponse<String> expired = get("/api/v1/signoffs/" + old.json().getInt("id") + "/credential", VC_JWT, Caller.ADMIN);
        assertEquals(200, expired.statusCode(), expired.body());
        assertTrue(paste(expired.body()).body().contains("<h1>Expired on "), "the paste says it expired");

        HttpResponse<String> form = get("/verify", "text/html", Caller.NOBODY);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"credential\">"), form.body());
        HttpResponse<String> empty = paste("  ");
        assertEquals(200, empty.statusCode(), "refused like the other forms: the page again, with its error summary");
        assertTrue(empty.body().contains("There is a problem") && empty.body().contains("Paste a credential to check"));
        HttpResponse<String> garbage = paste("<script>hello</script>");
        assertTrue(garbage.body().contains("This is not a credential"), garbage.body());
        assertFalse(garbage.body().contains("<script>"), "the paste is escaped");
        assertEquals(413, paste("x".repeat(70_000)).statusCode());
        HttpResponse<String> crossSite = api.exchange(HttpRequest.newBuilder(api.uri("/verify"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("credential=x")), Caller.NOBODY, HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
    }

    private long signOff(CohortWorldAccess world, long person, long assessor, String outcome, Caller by) {
        Answer a = api.post("/api/v1/signoffs", "{\"personId\":" + person + ",\"competencyCode\":\"" + world.programme()
                + "-P\",\"assessorId\":" + assessor + ",\"date\":\"" + TODAY.minusDays(2) + "\",\"outcome\":\"" + outcome
                + "\",\"evidence\":\"Observed two sessions\"}", by);
        assertEquals(201, a.status(), a.body());
        return a.json().getJsonNumber("id").longValue();
    }

    private Caller coordinatorOf(int localAuthority) {
        String email = "coordinator." + UUID.randomUUID() + "@credential.test";
        String password = "Credential-checks-" + UUID.randomUUID();
        Answer a = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Suffolk coordinator\",\"password\":\""
                + password + "\",\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[" + localAuthority + "]}}",
                Caller.ADMIN);
        assertEquals(201, a.status(), a.body());
        return new Caller(email, password);
    }

    /** The public status list, its signature checked, read at the sign-off's index. */
    private boolean revokedInTheList(JWKSet keys, long signOff) throws Exception {
        HttpResponse<String> list = get(OpenBadge.STATUS_LIST_PATH, VC_JWT, Caller.NOBODY);
        assertEquals(200, list.statusCode(), list.body());
        JWSObject jws = JWSObject.parse(list.body());
        assertTrue(jws.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID()))));
        JsonObject subject = object(jws.getPayload().toString()).getJsonObject("credentialSubject");
        assertEquals("revocation", subject.getString("statusPurpose"));
        return OpenBadge.isSet(subject.getString("encodedList"), signOff);
    }

    /** Signs in through the login page, opens My competencies and presses the held competency's badge button. */
    private HttpResponse<String> downloadFromMyCompetencies(Caller holder) {
        PageSession session = PageSession.signIn(api, holder);
        String page = session.get("/competency/mine.xhtml").html();
        assertTrue(page.contains("Download Open Badge"), page);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find());
        return api.exchange(HttpRequest.newBuilder(api.uri("/competency/mine.xhtml")).header("Cookie", session.cookieHeader())
                .header("Content-Type", Forms.CONTENT_TYPE).POST(Forms.body(Map.of("badges", "badges",
                        "badges:held:0:badge", "", "jakarta.faces.ViewState", viewState.group(1)))),
                Caller.NOBODY, HttpResponse.BodyHandlers.ofString());
    }

    /** The /verify form as a browser sends it from the page: same origin, form-encoded. */
    private HttpResponse<String> paste(String credential) {
        String origin = api.uri("/").toString().replaceAll("/$", "");
        return api.exchange(HttpRequest.newBuilder(api.uri("/verify")).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8))),
                Caller.NOBODY, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String accept, Caller by) {
        return api.exchange(HttpRequest.newBuilder(api.uri(path)).header("Accept", accept).GET(), by,
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}

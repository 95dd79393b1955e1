package uk.org.cascade.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import uk.org.cascade.platform.Sha256;

/**
 * A sign-off as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0), and the
 * revocation list its {@code credentialStatus} points at (a W3C {@code BitstringStatusListCredential}). Pure: the
 * caller gathers the facts. The holder is named only by a salted SHA-256 of their email, never the email itself.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** The status list's path: public, without signing in. */
    public static final String STATUS_LIST_PATH = "/credentials/status/revocation";
    /** The W3C minimum (16 KB) hides how many credentials an issuer has; a longer list grows in the same steps. */
    static final int LIST_BITS = 131_072;

    /**
     * What a credential says. {@code issuer} is the public address ({@code CASCADE_BASE_URL}); {@code expiresOn} the
     * first day it no longer counts (null: never); {@code salt} stable per sign-off.
     */
    public record Facts(String issuer, long signOffId, String verificationCode, String email, String salt,
                        String competencyCode, String competencyTitle, String level, String programmeTitle,
                        String narrative, LocalDate signedOn, LocalDate expiresOn) {
    }

    private OpenBadge() {
    }

    public static JsonObject credential(Facts f) {
        String statusList = f.issuer() + STATUS_LIST_PATH;
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", id(f.issuer(), f.signOffId(), f.verificationCode()))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", f.competencyTitle())
                .add("issuer", Json.createObjectBuilder().add("id", f.issuer())
                        .add("type", Json.createArrayBuilder().add("Profile")).add("name", "Cascade"))
                .add("validFrom", instant(f.signedOn()));
        if (f.expiresOn() != null) {
            // The stored expiry is the first day it no longer counts: validUntil is that day's first instant.
            credential.add("validUntil", instant(f.expiresOn()));
        }
        return credential
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "IdentityObject")
                                .add("identityHash", identityHash(f.email(), f.salt()))
                                .add("identityType", "emailAddress")
                                .add("hashed", true)
                                .add("salt", f.salt())))
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", f.issuer() + "/api/v1/competencies/" + f.competencyCode())
                                .add("type", Json.createArrayBuilder().add("Achievement"))
                                .add("achievementType", "Competency")
                                .add("humanCode", f.competencyCode())
                                .add("name", f.competencyTitle())
                                .add("description", f.level() + " level competency of the programme "
                                        + f.programmeTitle() + ".")
                                .add("criteria", Json.createObjectBuilder().add("narrative", f.narrative()))))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", statusList + "#" + f.signOffId())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", Long.toString(f.signOffId()))
                        .add("statusListCredential", statusList))
                .build();
    }

    /** {@code urn:uuid:} of a name-based UUID: the same for a sign-off every time, and unique across issuers. */
    static String id(String issuer, long signOffId, String verificationCode) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((issuer + "/signoffs/" + signOffId + "/" + verificationCode)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** OB 3.0's hashed identity: {@code sha256$} and the hex SHA-256 of the lower-cased email followed by the salt. */
    public static String identityHash(String email, String salt) {
        return "sha256$" + Sha256.hex(email.strip().toLowerCase(Locale.ROOT) + salt);
    }

    /** The revocation list: bit {@code i} (from the left of the first byte) is set when sign-off {@code i} is revoked. */
    public static JsonObject statusList(String issuer, Collection<Long> revoked, long highestId, LocalDate today) {
        String url = issuer + STATUS_LIST_PATH;
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT))
                .add("id", url)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuer)
                .add("validFrom", instant(today))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", encode(revoked, highestId)))
                .build();
    }

    /** Multibase base64url (prefix {@code u}) of the GZIP-compressed bitstring, as the W3C list defines it. */
    static String encode(Collection<Long> set, long highestId) {
        long bits = Math.max(LIST_BITS, (highestId / LIST_BITS + 1) * LIST_BITS);
        byte[] list = new byte[(int) (bits / 8)];
        for (long i : set) {
            list[(int) (i / 8)] |= (byte) (0x80 >>> (int) (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether bit {@code index} of an encoded list is set: how a verifier reads it (and the tests do). */
    public static boolean isSet(String encodedList, long index) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("not multibase base64url");
        }
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            byte[] list = in.readAllBytes();
            return index / 8 < list.length && (list[(int) (index / 8)] & (0x80 >>> (int) (index % 8))) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String instant(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}

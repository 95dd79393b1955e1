package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.Sha256;

class OpenBadgeTest {

    private static OpenBadge.Facts facts(LocalDate expiresOn) {
        return new OpenBadge.Facts("https://cascade.example", 42, "ABCDEFGHJKLM", "Ann.Lee@School.example", "s4lt",
                "MH-PRAC", "Mental health first response", "Practitioner", "Mental Health First Response",
                "Observed and signed off.", LocalDate.of(2026, 3, 1), expiresOn);
    }

    @Test
    void credential_hasTheOpenBadgesShape() {
        JsonObject c = OpenBadge.credential(facts(LocalDate.of(2029, 3, 1)));

        assertEquals(List.of(OpenBadge.VC_CONTEXT, OpenBadge.OB_CONTEXT),
                c.getJsonArray("@context").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", c.getJsonArray("type").toString());
        assertTrue(c.getString("id").startsWith("urn:uuid:"));
        JsonObject issuer = c.getJsonObject("issuer");
        assertEquals("https://cascade.example", issuer.getString("id"));
        assertEquals("[\"Profile\"]", issuer.getJsonArray("type").toString());
        assertEquals("2026-03-01T00:00:00Z", c.getString("validFrom"));
        assertEquals("2029-03-01T00:00:00Z", c.getString("validUntil"));
        JsonObject subject = c.getJsonObject("credentialSubject");
        assertEquals("[\"AchievementSubject\"]", subject.getJsonArray("type").toString());
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("[\"Achievement\"]", achievement.getJsonArray("type").toString());
        assertEquals("Mental health first response", achievement.getString("name"));
        assertTrue(achievement.getString("description").contains("Practitioner level"));
        assertTrue(achievement.getString("description").contains("Mental Health First Response"));
        assertEquals("Observed and signed off.", achievement.getJsonObject("criteria").getString("narrative"));
        JsonObject status = c.getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        assertEquals("42", status.getString("statusListIndex"));
        assertEquals("https://cascade.example/credentials/status/revocation", status.getString("statusListCredential"));
    }

    @Test
    void credential_namesTheHolderOnlyBySaltedHash() {
        JsonObject c = OpenBadge.credential(facts(null));

        assertFalse(c.toString().toLowerCase().contains("ann.lee"), "no email, in any case");
        JsonObject identity = c.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
        assertEquals("IdentityObject", identity.getString("type"));
        assertEquals("emailAddress", identity.getString("identityType"));
        assertTrue(identity.getBoolean("hashed"));
        assertEquals("s4lt", identity.getString("salt"));
        assertEquals("sha256$" + Sha256.hex("ann.lee@school.example" + "s4lt"), identity.getString("identityHash"));
    }

    @Test
    void credential_thatNeverExpires_hasNoValidUntil() {
        assertFalse(OpenBadge.credential(facts(null)).containsKey("validUntil"));
    }

    @Test
    void credential_isTheSameEveryTime() {
        assertEquals(OpenBadge.credential(facts(null)), OpenBadge.credential(facts(null)));
    }

    @Test
    void statusList_setsTheBitsOfRevokedSignOffsOnly() {
        String list = OpenBadge.statusList("https://cascade.example", Set.of(0L, 42L, 131_071L), 131_071, LocalDate.of(2026, 1, 1))
                .getJsonObject("credentialSubject").getString("encodedList");

        assertTrue(OpenBadge.isSet(list, 0));
        assertTrue(OpenBadge.isSet(list, 42));
        assertTrue(OpenBadge.isSet(list, 131_071));
        assertFalse(OpenBadge.isSet(list, 41));
        assertFalse(OpenBadge.isSet(list, 43));
    }

    @Test
    void statusList_growsPastTheMinimumForHighIds() {
        String list = OpenBadge.encode(Set.of(200_000L), 200_000);
        assertTrue(OpenBadge.isSet(list, 200_000));
        assertFalse(OpenBadge.isSet(list, 199_999));
    }
}

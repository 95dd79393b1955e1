package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/**
 * Expiry bases through the API: each dates a sign-off its own way when it is recorded, a later change of base
 * leaves earlier sign-offs as they were, and the holding, the certificate and verification follow the stored
 * expiry. Sign-offs are an administrator's external certifications of a trainer competency, which need no cohort.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ExpiryBasesIT extends DeployedCascade {

    private String programme;
    private long admin;

    @BeforeEach
    void world() {
        if (programme != null) {
            return;
        }
        programme = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-STAFF";
        Answer created = api.post("/api/v1/programmes", "{\"code\":\"" + programme + "\",\"title\":\"Expiry bases\","
                + "\"modules\":[{\"title\":\"M\",\"minutes\":60,\"mode\":\"SELF_PACED\"}]}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        admin = api.get("/api/v1/me", Caller.ADMIN).json().getJsonNumber("personId").longValue();
    }

    @Test
    void aFixedDate_isTheLastDayHeld_inTheHoldingTheCertificateAndVerification() throws IOException {
        String code = programme.replace("-STAFF", "-SUP");
        Answer created = api.post("/api/v1/competencies", competency(code, "SUPERVISOR", 12,
                ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"--08-31\",\"minimumActiveMonths\":6"), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        assertEquals("FIXED_DATE", created.json().getString("expiryBase"));
        assertEquals("--08-31", created.json().getString("fixedExpiryDay"));
        assertEquals(6, created.json().getInt("minimumActiveMonths"));
        long learner = person();

        // 2 March is closer to 31 August than six months: it runs to the following year's.
        JsonObject signOff = signOff(learner, code, "2025-03-02");

        assertEquals("2026-09-01", signOff.getString("expires"), "held on 31 August 2026, not on 1 September");
        assertEquals(List.of("2026-09-01"), expires(learner, "2026-08-31"));
        assertEquals(List.of(), expires(learner, "2026-09-01"));
        JsonObject verified = api.get("/verify/" + signOff.getString("verificationCode"), Caller.NOBODY).json();
        assertEquals("2026-08-31", verified.getString("validUntil"));
        HttpResponse<byte[]> pdf = api.exchange(HttpRequest.newBuilder(api.uri("/api/v1/signoffs/"
                + signOff.getJsonNumber("id").longValue() + "/certificate.pdf")).header("Accept", "application/pdf").GET(),
                Caller.ADMIN, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Valid until 31 August 2026"), text);
        }
    }

    @Test
    void eachBase_datesARenewalItsOwnWay_andAChangeOfBaseLeavesEarlierSignOffsAlone() {
        String code = programme.replace("-STAFF", "-TRAIN");
        Answer created = api.post("/api/v1/competencies", competency(code, "TRAINER", 12, ""), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        assertEquals("PREVIOUS_EXPIRY", created.json().getString("expiryBase"), "the default when none is sent");
        long previous = person();
        long completion = person();
        long fixed = person();

        // Each holds from 10 January 2024 until 9 January 2025 and renews inside the 90-day window.
        assertEquals("2025-01-10", signOff(previous, code, "2024-01-10").getString("expires"));
        assertEquals("2026-01-10", signOff(previous, code, "2024-12-01").getString("expires"), "from the previous expiry");

        revise(code, 12, ",\"expiryBase\":\"COMPLETION_DATE\"");
        assertEquals("2025-01-10", signOff(completion, code, "2024-01-10").getString("expires"));
        assertEquals("2025-12-01", signOff(completion, code, "2024-12-01").getString("expires"), "from its own date");

        revise(code, 12, ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"--08-31\",\"minimumActiveMonths\":6");
        assertEquals("2024-09-01", signOff(fixed, code, "2024-01-10").getString("expires"), "to 31 August");
        assertEquals("2025-09-01", signOff(fixed, code, "2024-07-01").getString("expires"), "to next year's 31 August");

        assertEquals(List.of("2026-01-10"), expires(previous, "2025-06-01"), "dated under the old base, kept");
        assertEquals(List.of("2025-12-01"), expires(completion, "2025-06-01"));
        JsonObject audit = api.get("/api/v1/audit?entityType=Competency&entityId=" + code, Caller.ADMIN).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("REVISED", audit.getString("action"));
        assertTrue(audit.getString("before").contains("COMPLETION_DATE"), audit.toString());
        assertTrue(audit.getString("after").contains("FIXED_DATE") && audit.getString("after").contains("--08-31"),
                audit.toString());
    }

    @Test
    void nonsense_is422NamingTheField_andARefusedRevisionChangesNothing() {
        String code = programme.replace("-STAFF", "-PRAC");

        assertEquals(List.of("fixedExpiryDay", "minimumActiveMonths"), refused(api.post("/api/v1/competencies",
                competency(code, "PRACTITIONER", 12, ",\"expiryBase\":\"FIXED_DATE\""), Caller.ADMIN)));
        assertEquals(List.of("fixedExpiryDay"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                12, ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"--02-29\",\"minimumActiveMonths\":6"), Caller.ADMIN)));
        assertEquals(List.of("fixedExpiryDay"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                12, ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"31 August\",\"minimumActiveMonths\":6"), Caller.ADMIN)));
        assertEquals(List.of("validityMonths"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                24, ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"--08-31\",\"minimumActiveMonths\":6"), Caller.ADMIN)));
        assertEquals(List.of("expiryBase"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                null, ",\"expiryBase\":\"COMPLETION_DATE\""), Caller.ADMIN)), "never expires: nothing to renew");
        assertEquals(List.of("expiryBase"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                24, ",\"expiryBase\":\"WHENEVER\""), Caller.ADMIN)));
        assertEquals(List.of("fixedExpiryDay"), refused(api.post("/api/v1/competencies", competency(code, "PRACTITIONER",
                24, ",\"fixedExpiryDay\":\"--08-31\""), Caller.ADMIN)), "a day only means something for FIXED_DATE");

        assertEquals(201, api.post("/api/v1/competencies", competency(code, "PRACTITIONER", 24, ""), Caller.ADMIN).status());
        assertEquals(List.of("minimumActiveMonths"), refused(api.put("/api/v1/competencies/" + code, competency(code,
                "PRACTITIONER", 12, ",\"expiryBase\":\"FIXED_DATE\",\"fixedExpiryDay\":\"--08-31\",\"minimumActiveMonths\":12,"
                        + "\"version\":" + version(code)), Caller.ADMIN)));
        JsonObject unchanged = api.get("/api/v1/competencies/" + code, Caller.ADMIN).json();
        assertEquals("PREVIOUS_EXPIRY", unchanged.getString("expiryBase"));
        assertEquals(24, unchanged.getInt("validityMonths"));
    }

    private static String competency(String code, String level, Integer validityMonths, String more) {
        return "{\"code\":\"" + code + "\",\"title\":\"Competency " + code + "\",\"level\":\"" + level
                + "\",\"validityMonths\":" + validityMonths + ",\"programmeCode\":\"" + code.replaceAll("-[A-Z]+$", "-STAFF")
                + "\",\"prerequisites\":[]" + more + "}";
    }

    private void revise(String code, int validityMonths, String more) {
        Answer revised = api.put("/api/v1/competencies/" + code, competency(code, "TRAINER", validityMonths,
                more + ",\"version\":" + version(code)), Caller.ADMIN);
        assertEquals(200, revised.status(), revised.body());
    }

    private long version(String code) {
        return api.get("/api/v1/competencies/" + code, Caller.ADMIN).json().getJsonNumber("version").longValue();
    }

    private long person() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Answer person = api.post("/api/v1/people", "{\"name\":\"Expiry " + tag + "\",\"email\":\"expiry." + tag
                + "@school.test\"}", Caller.ADMIN);
        assertEquals(201, person.status(), person.body());
        return person.json().getJsonNumber("id").longValue();
    }

    private JsonObject signOff(long person, String code, String date) {
        Answer answer = api.post("/api/v1/signoffs", "{\"personId\":" + person + ",\"competencyCode\":\"" + code
                + "\",\"assessorId\":" + admin + ",\"date\":\"" + date + "\",\"outcome\":\"COMPETENT\","
                + "\"evidence\":\"Accreditation certificate seen\",\"external\":true}", Caller.ADMIN);
        assertEquals(201, answer.status(), answer.body());
        return answer.json();
    }

    /** The {@code expires} of each competency the person holds on {@code day}. */
    private List<String> expires(long person, String day) {
        JsonArray held = api.getArray("/api/v1/people/" + person + "/competencies?date=" + day, Caller.ADMIN);
        return held.stream().map(JsonValue::asJsonObject).map(h -> h.getString("expires")).toList();
    }

    private static List<String> refused(Answer answer) {
        assertEquals(422, answer.status(), answer.body());
        return answer.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field"))
                .toList();
    }
}

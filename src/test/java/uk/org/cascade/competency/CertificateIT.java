package uk.org.cascade.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.competency.control.Certificate;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Certificates, their public verification, and evidence files, through HTTP as their users meet them. */
class CertificateIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();
    /** The Norfolk school of the GIAS sample that CohortWorld imports. */
    private static final int NORFOLK_SCHOOL = 990101;


    private CohortWorldAccess world;
    private Caller trainer;
    private long trainerId;
    private long cohort;
    private String practitioner;
    private String learnerName;
    private long signOff;
    private JsonObject signed;

    @BeforeEach
    void aTrainerSignsOffALearnerWithAnAccentedName() {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(TODAY.minusYears(1));
        trainerId = world.personId(trainer);
        cohort = world.cohort(trainer, trainerId);
        practitioner = world.programme() + "-P";
        learnerName = "Si\u00E2n O\u2019Brien \u2013 SENCO " + world.programme().substring(1, 5);
        Answer person = api.post("/api/v1/people", "{\"name\":\"" + learnerName + "\",\"email\":\"sian."
                + world.programme().toLowerCase(java.util.Locale.ROOT) + "@school.test\",\"employment\":{\"schoolUrn\":" + NORFOLK_SCHOOL
                + ",\"jobTitle\":\"SENCO\",\"startDate\":\"2024-09-01\"}}", Caller.ADMIN);
        assertEquals(201, person.status(), person.body());
        long learner = person.json().getJsonNumber("id").longValue();
        assertEquals(201, world.enrol(cohort, learner).status());
        Answer answer = signOff(learner, trainerId, TODAY.minusDays(2), "COMPETENT", trainer);
        assertEquals(201, answer.status(), answer.body());
        signed = answer.json();
        signOff = signed.getJsonNumber("id").longValue();
    }

    @Test
    void theCertificate_rendersAsAPageThatNamesLearnerCompetencyAssessorExpiryAndCode() throws IOException {
        HttpResponse<byte[]> pdf = get("/api/v1/signoffs/" + signOff + "/certificate.pdf", "application/pdf", trainer);
        String code = signed.getString("verificationCode");

        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"certificate-" + code + ".pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertTrue(darkPixels(page) > 2_000, "the rendered page shows text and a border: " + darkPixels(page));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(learnerName), text);
            assertTrue(text.contains(signed.getString("competencyTitle")), text);
            assertTrue(text.contains("Signed off by " + signed.getString("assessorName") + " on "
                    + Certificate.DATE.format(TODAY.minusDays(2))), text);
            assertTrue(text.contains("Valid until " + Certificate.DATE.format(TODAY.minusDays(2).plusMonths(24).minusDays(1))), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("/verify/" + code), text);
            String printed = text.lines().map(String::strip).filter(l -> l.endsWith("/verify/" + code)).findFirst()
                    .orElseThrow();
            assertEquals(printed, qrCode(new PDFRenderer(document).renderImageWithDPI(0, 150)),
                    "the QR code opens the address printed beside it");
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
        assertEquals(200, api.get("/api/v1/signoffs/" + signOff, trainer).status(), "the sign-off itself is still routed");
    }

    @Test
    void verification_needsNoLogin_andTellsOnlyNameCompetencyAndDates() {
        String code = signed.getString("verificationCode");

        Answer json = api.get("/verify/" + code, Caller.NOBODY);
        HttpResponse<byte[]> html = get("/verify/" + code.toLowerCase(), "text/html", Caller.NOBODY);

        assertEquals(200, json.status(), json.body());
        JsonObject v = json.json();
        assertEquals(Set.of("valid", "status", "name", "competency", "signedOn", "validUntil"), v.keySet());
        assertTrue(v.getBoolean("valid"));
        assertEquals("VALID", v.getString("status"));
        assertEquals(learnerName, v.getString("name"));
        assertEquals(signed.getString("competencyTitle"), v.getString("competency"));
        assertEquals(TODAY.minusDays(2).toString(), v.getString("signedOn"));
        assertEquals(TODAY.minusDays(2).plusMonths(24).minusDays(1).toString(), v.getString("validUntil"));
        assertEquals(200, html.statusCode());
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"en-GB\">"), page);
        assertTrue(page.contains("<h1>Valid</h1>"), page);
        assertTrue(page.contains(learnerName), page);
        assertFalse(page.contains(signed.getString("assessorName")), "nothing beyond what the certificate shows");
    }

    @Test
    void afterRevocation_theCodeSaysRevoked_andThereIsNoCertificate() {
        String code = signed.getString("verificationCode");

        Answer revoked = api.post("/api/v1/signoffs/" + signOff + "/revocation", "{\"reason\":\"wrong learner\"}", trainer);

        assertEquals(200, revoked.status(), revoked.body());
        JsonObject v = api.get("/verify/" + code, Caller.NOBODY).json();
        assertFalse(v.getBoolean("valid"));
        assertEquals("REVOKED", v.getString("status"));
        assertTrue(new String(get("/verify/" + code, "text/html", Caller.NOBODY).body(), StandardCharsets.UTF_8)
                .contains("<h1>Revoked</h1>"));
        Answer certificate = api.get("/api/v1/signoffs/" + signOff + "/certificate.pdf", trainer);
        assertEquals(409, certificate.status());
        assertTrue(certificate.body().contains("revoked"), certificate.body());
    }

    @Test
    void anExpiredExternalCertification_saysExpiredOn_andItsCertificateSaysExternal() throws IOException {
        long newTrainer = world.personId(world.user("TRAINER"));
        long admin = world.personId(Caller.ADMIN);
        Answer root = api.post("/api/v1/signoffs", "{\"personId\":" + newTrainer + ",\"competencyCode\":\""
                + world.programme() + "-T\",\"assessorId\":" + admin + ",\"date\":\"" + TODAY.minusYears(3)
                + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"Accreditation seen\",\"external\":true}", Caller.ADMIN);
        assertEquals(201, root.status(), root.body());
        String code = root.json().getString("verificationCode");

        JsonObject v = api.get("/verify/" + code, Caller.NOBODY).json();
        String page = new String(get("/verify/" + code, "text/html", Caller.NOBODY).body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> pdf = get("/api/v1/signoffs/" + root.json().getInt("id") + "/certificate.pdf", "*/*",
                Caller.ADMIN);

        assertEquals("EXPIRED", v.getString("status"));
        assertTrue(page.contains("Expired on " + Certificate.DATE.format(TODAY.minusYears(3).plusMonths(24))), page);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("External certification recorded by "
                    + root.json().getString("assessorName")));
        }
    }

    @Test
    void unknownAndMalformedCodes_are404_withoutEchoingThem() {
        Answer unknown = api.get("/verify/ZZZZZZZZZZZZ", Caller.NOBODY);
        HttpResponse<byte[]> malformed = get("/verify/%3Cscript%3Ealert(1)%3C", "text/html", Caller.NOBODY);

        assertEquals(404, unknown.status());
        assertEquals("UNKNOWN", unknown.json().getString("status"));
        assertEquals(404, malformed.statusCode());
        String page = new String(malformed.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("No certificate has this code"), page);
        assertFalse(page.contains("<script>"), page);
    }

    @Test
    void aNotYetCompetentSignOff_hasNoCertificate_andStrangersSeeNone() {
        long other = world.learnerAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, other).status());
        long notYet = signOff(other, trainerId, TODAY, "NOT_YET_COMPETENT", trainer).json().getJsonNumber("id").longValue();
        long londoner = world.learnerAtLondonSchool();
        long london = signOff(londoner, trainerId, TODAY, "COMPETENT", Caller.ADMIN).json().getJsonNumber("id").longValue();
        Caller coordinator = world.user("COORDINATOR");

        assertEquals(409, api.get("/api/v1/signoffs/" + notYet + "/certificate.pdf", trainer).status());
        assertEquals(200, get("/api/v1/signoffs/" + signOff + "/certificate.pdf", "*/*", coordinator).statusCode(),
                "a Norfolk coordinator reaches the Norfolk learner");
        assertEquals(404, api.get("/api/v1/signoffs/" + london + "/certificate.pdf", coordinator).status(),
                "but not a London one");
        assertEquals(404, api.get("/api/v1/signoffs/" + signOff + "/certificate.pdf",
                world.trainer(TODAY.minusYears(1))).status(), "nor does another trainer");
        assertEquals(401, api.get("/api/v1/signoffs/" + signOff + "/certificate.pdf", Caller.NOBODY).status());
    }

    @Test
    void evidence_aRealPdfIsKept_listed_andDownloadedAsANosniffAttachment() throws IOException {
        byte[] pdf = pdf();

        HttpResponse<byte[]> uploaded = upload(pdf, "application/pdf", "Observation notes.pdf", trainer);

        assertEquals(201, uploaded.statusCode(), new String(uploaded.body(), StandardCharsets.UTF_8));
        JsonArray listed = api.get("/api/v1/signoffs/" + signOff + "/evidence", trainer).jsonArray();
        assertEquals(1, listed.size());
        JsonObject file = listed.getJsonObject(0);
        assertEquals("Observation notes.pdf", file.getString("filename"));
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals(pdf.length, file.getInt("size"));
        HttpResponse<byte[]> download = get("/api/v1/signoffs/" + signOff + "/evidence/" + file.getInt("id"), "*/*",
                Caller.ADMIN);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment; filename=\"Observation notes.pdf\""));
        assertEquals(1, api.get("/api/v1/audit?entityType=SignOffEvidence&entityId=" + file.getInt("id"), Caller.ADMIN)
                .json().getInt("total"));
        assertEquals(404, get("/api/v1/signoffs/" + signOff + "/evidence/" + file.getInt("id"), "*/*",
                world.trainer(TODAY.minusYears(1))).statusCode(), "a stranger cannot download it");
    }

    @Test
    void evidence_isCheckedByContent_limitedTo10MB_andAttachedOnlyByTheAssessorOrAnAdministrator() throws IOException {
        byte[] notAPdf = "Observed two sessions.\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = png();
        byte[] tooBig = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf(), 0, tooBig, 0, 8);

        HttpResponse<byte[]> fake = upload(notAPdf, "application/pdf", "notes.pdf", trainer);
        HttpResponse<byte[]> disguised = upload(png, "application/pdf", "photo.pdf", trainer);
        HttpResponse<byte[]> html = upload(notAPdf, "text/html", "page.html", trainer);
        HttpResponse<byte[]> big = upload(tooBig, "application/pdf", "big.pdf", trainer);
        HttpResponse<byte[]> stranger = upload(pdf(), "application/pdf", "x.pdf", world.trainer(TODAY.minusYears(1)));
        HttpResponse<byte[]> coordinator = upload(pdf(), "application/pdf", "x.pdf", world.user("COORDINATOR"));
        HttpResponse<byte[]> photo = upload(png, "image/png", "../../photo", Caller.ADMIN);

        assertEquals(422, fake.statusCode());
        assertTrue(new String(fake.body(), StandardCharsets.UTF_8).contains("the file is not a PDF"));
        assertEquals(422, disguised.statusCode());
        assertEquals(422, html.statusCode());
        assertEquals(413, big.statusCode());
        assertEquals(404, stranger.statusCode(), "another trainer does not see the sign-off");
        assertEquals(403, coordinator.statusCode(), "a coordinator sees it but does not attach evidence");
        assertEquals(201, photo.statusCode(), new String(photo.body(), StandardCharsets.UTF_8));
        JsonArray listed = api.get("/api/v1/signoffs/" + signOff + "/evidence", trainer).jsonArray();
        assertEquals(1, listed.size(), "only the real image was kept");
        assertEquals("photo.png", listed.getJsonObject(0).getString("filename"));
    }

    @Test
    void evidence_whoseFileNameIdentifiesAChild_isRefusedNamingTheField_andNotKept() throws IOException {
        HttpResponse<byte[]> named = upload(pdf(), "application/pdf", "Ava Patel (Y3) observation.pdf", trainer);

        String body = new String(named.body(), StandardCharsets.UTF_8);
        assertEquals(422, named.statusCode(), body);
        assertTrue(body.contains("\"field\":\"filename\"") && body.contains("a name with an age or school year"), body);
        assertFalse(body.contains("Patel"), "the name is never echoed");
        assertEquals(0, api.get("/api/v1/signoffs/" + signOff + "/evidence", trainer).jsonArray().size());
    }

    private Answer signOff(long person, long assessor, LocalDate date, String outcome, Caller by) {
        return api.post("/api/v1/signoffs", "{\"personId\":" + person + ",\"competencyCode\":\"" + practitioner
                + "\",\"assessorId\":" + assessor + ",\"date\":\"" + date + "\",\"outcome\":\"" + outcome
                + "\",\"evidence\":\"Observed two sessions\"}", by);
    }

    private HttpResponse<byte[]> upload(byte[] body, String type, String filename, Caller by) {
        return send(HttpRequest.newBuilder(api.uri("/api/v1/signoffs/" + signOff + "/evidence?filename="
                        + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8)))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), by);
    }

    private HttpResponse<byte[]> get(String path, String accept, Caller by) {
        return send(HttpRequest.newBuilder(api.uri(path)).header("Accept", accept).GET(), by);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, Caller by) {
        return api.exchange(request, by, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What a phone's camera would read from the page's QR code. */
    private static String qrCode(BufferedImage page) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the certificate", e);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 384) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillRect(5, 5, 10, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}

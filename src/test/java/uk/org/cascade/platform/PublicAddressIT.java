package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/**
 * The suite's Payara listens on a random port and is given no CASCADE_BASE_URL: the addresses Cascade prints and
 * hands out must still lead back to it, not to {@code localhost:8080}.
 */
class PublicAddressIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Pattern VERIFY = Pattern.compile("(https?://\\S+/verify/[A-Z0-9]+)");

    private final HttpClient plain = HttpClient.newHttpClient();

    @Test
    void theVerificationAddressPrintedOnACertificate_opensItsVerificationPage() throws Exception {
        CohortWorldAccess world = new CohortWorldAccess(api);
        Caller trainer = world.trainer(TODAY.minusYears(1));
        long trainerId = world.personId(trainer);
        long cohort = world.cohort(trainer, trainerId);
        long learner = world.learnerAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, learner).status());
        Answer signed = api.post("/api/v1/signoffs", "{\"personId\":" + learner + ",\"competencyCode\":\""
                + world.programme() + "-P\",\"assessorId\":" + trainerId + ",\"date\":\"" + TODAY.minusDays(1)
                + "\",\"outcome\":\"COMPETENT\",\"evidence\":\"Observed two sessions\"}", trainer);
        assertEquals(201, signed.status(), signed.body());
        long id = signed.json().getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = api.exchange(HttpRequest.newBuilder(api.uri("/api/v1/signoffs/" + id
                + "/certificate.pdf")).header("Accept", "application/pdf"), trainer, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        Matcher printed = VERIFY.matcher(text);
        assertTrue(printed.find(), "the certificate prints a verification address: " + text);
        URI address = URI.create(printed.group(1));

        assertEquals(api.uri("/").getPort(), address.getPort(), "the port Cascade listens on: " + address);
        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(address).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), address + " answers");
        assertTrue(page.body().contains(signed.json().getString("competencyTitle")), page.body());
    }

    @Test
    void aLearnersCalendarFeedAddress_answersWithTheirCalendar() throws Exception {
        Caller learner = new CohortWorldAccess(api).learnerLoginAtNorfolkSchool();
        URI feed = URI.create(api.get("/api/v1/me/learning/calendar", learner).json().getString("url"));

        assertEquals(api.uri("/").getPort(), feed.getPort(), "the port Cascade listens on: " + feed);
        HttpResponse<String> calendar = plain.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, calendar.statusCode(), feed + " answers");
        assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR"), calendar.body());
    }
}

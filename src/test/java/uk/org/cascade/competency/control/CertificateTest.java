package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final String SIAN = "Si\u00E2n O\u2019Brien \u2013 SENCO";

    @Test
    void printable_keepsWhatWinAnsiHas_typographicQuotesAndDashesIncluded() {
        assertEquals(SIAN, Certificate.printable(SIAN));
        assertEquals("Ren\u00E9e \u201CZo\u00EB\u201D M\u00FCller \u2014 \u00A3", Certificate.printable("Ren\u00E9e \u201CZo\u00EB\u201D M\u00FCller \u2014 \u00A3"));
    }

    @Test
    void printable_dropsAccentsTheFontLacks_andMapsLookAlikes() {
        assertEquals("Lukasz W\u00F3jcik", Certificate.printable("\u0141ukasz W\u00F3jcik"));
        assertEquals("Erdos Dragos", Certificate.printable("Erd\u0151s Drago\u0219"));
        assertEquals("CYP-IAPT", Certificate.printable("CYP\u2011IAPT"));
    }

    @Test
    void printable_turnsLineBreaksIntoSpaces_andTheUndrawableIntoQuestionMarks() {
        assertEquals("one two", Certificate.printable("one\ntwo"));
        assertEquals("? ? ", Certificate.printable("\u674E \uD83D\uDE00\t"));
    }

    @Test
    void printable_neverLeavesACharacterTheFontCannotDraw() throws IOException {
        StringBuilder everything = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                everything.append(c);
            }
        }
        byte[] pdf = Certificate.pdf(content(everything.toString(), null, false));
        assertTrue(pdf.length > 0);
    }

    @Test
    void theCertificate_isOneA4PageThatSaysWhoHoldsWhatUntilWhen() throws IOException {
        byte[] pdf = Certificate.pdf(content(SIAN, LocalDate.of(2028, 1, 5), false));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Certificate of competence"));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Certificate of competence"), text);
            assertTrue(text.contains(SIAN), text);
            assertTrue(text.contains("Parent-led CBT for child anxiety \u2013 school staff"), text);
            assertTrue(text.contains("CBT-P \u00B7 Practitioner level"), text);
            assertTrue(text.contains("Signed off by Dr Ana\u00EFs Okafor on 6 January 2026"), text);
            assertTrue(text.contains("Valid until 4 January 2028"), text);
            assertTrue(text.contains("ABCDEFGHJKLM"), text);
            assertTrue(text.contains("https://cascade.example/verify/ABCDEFGHJKLM"), text);
        }
    }

    @Test
    void theQrCode_opensTheVerificationAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(Certificate.pdf(content(SIAN, LocalDate.of(2028, 1, 5), false)))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertEquals("https://cascade.example/verify/ABCDEFGHJKLM", read);
        }
    }

    @Test
    void anExternalCertification_saysSoAndWhoRecordedIt() throws IOException {
        try (PDDocument document = Loader.loadPDF(Certificate.pdf(content("Kim Lee", null, true)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("External certification recorded by Dr Ana\u00EFs Okafor on 6 January 2026"), text);
            assertTrue(text.contains("Does not expire"), text);
        }
    }

    private static Certificate.Content content(String learner, LocalDate expires, boolean external) {
        return new Certificate.Content(learner, "Delivering parent-led CBT for child anxiety", "CBT-P", "Practitioner",
                "Parent-led CBT for child anxiety \u2013 school staff", "Dr Ana\u00EFs Okafor", external,
                LocalDate.of(2026, 1, 6), expires, "ABCDEFGHJKLM", "https://cascade.example/verify/ABCDEFGHJKLM");
    }
}

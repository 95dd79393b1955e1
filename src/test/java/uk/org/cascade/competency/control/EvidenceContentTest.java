package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.FileContent.Kind;
import uk.org.cascade.platform.control.FileContent.Refused;

class EvidenceContentTest {

    @Test
    void aRealPdf_aRealPng_andARealJpeg_areAccepted() throws IOException {
        assertDoesNotThrow(() -> EvidenceContent.POLICY.check(Kind.PDF, pdf()));
        assertDoesNotThrow(() -> EvidenceContent.POLICY.check(Kind.PNG, image("png")));
        assertDoesNotThrow(() -> EvidenceContent.POLICY.check(Kind.JPEG, image("jpg")));
    }

    @Test
    void aTextFileDeclaredAsPdf_isRefused() {
        byte[] text = "Observed two sessions; both went well.\n".getBytes(StandardCharsets.UTF_8);

        Refused refused = assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, text));

        assertEquals("the file is not a PDF: its content does not match its type application/pdf", refused.getMessage());
    }

    @Test
    void aPngDeclaredAsPdf_andAPdfDeclaredAsJpeg_areRefused() throws IOException {
        byte[] png = image("png");
        byte[] pdf = pdf();

        assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, png));
        assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.JPEG, pdf));
    }

    @Test
    void theRightSignatureOverBrokenContent_isRefused() throws IOException {
        byte[] truncatedPdf = "%PDF-1.7\nnot really a PDF at all".getBytes(StandardCharsets.US_ASCII);
        byte[] png = image("png");
        byte[] truncatedPng = Arrays.copyOf(png, 20);

        assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, truncatedPdf));
        assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PNG, truncatedPng));
    }

    @Test
    void aPdfThatRunsScript_isRefused() throws IOException {
        byte[] scripted;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello')"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            scripted = out.toByteArray();
        }

        Refused refused = assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, scripted));

        assertTrue(refused.getMessage().contains("scripts"), refused.getMessage());
    }

    @Test
    void anEmptyFile_andOneOver10MB_areRefused() {
        byte[] big = new byte[EvidenceContent.MAX_BYTES + 1];
        big[0] = '%';

        assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, new byte[0]));
        assertEquals("the file is larger than 10 MB",
                assertThrows(Refused.class, () -> EvidenceContent.POLICY.check(Kind.PDF, big)).getMessage());
    }

    @Test
    void theDeclaredKind_comesFromTheContentTypeIgnoringParameters() {
        assertEquals(Kind.PDF, EvidenceContent.POLICY.declared("application/pdf; charset=binary").orElseThrow());
        assertEquals(Kind.JPEG, EvidenceContent.POLICY.declared("IMAGE/JPEG").orElseThrow());
        assertTrue(EvidenceContent.POLICY.declared("text/html").isEmpty());
        assertTrue(EvidenceContent.POLICY.declared(null).isEmpty());
        assertTrue(EvidenceContent.POLICY.declared(Kind.DOCX.mediaType()).isEmpty(), "no Word files as evidence");
    }

    @Test
    void aSavedFile_alwaysEndsWithItsKindsExtension() {
        assertEquals("observation.pdf", Kind.PDF.withExtension("observation.pdf"));
        assertEquals("observation.html.pdf", Kind.PDF.withExtension("observation.html"));
        assertEquals("photo.JPEG", Kind.JPEG.withExtension("photo.JPEG"));
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillRect(5, 5, 10, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }
}

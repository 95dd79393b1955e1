package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.FileContent.Kind;
import uk.org.cascade.platform.control.FileContent.Refused;

/** Page resources are accepted by their content, not by what the browser says they are. */
class ModuleResourceContentTest {

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void docx_isAZipWithItsContentTypesAndDocument() throws IOException {
        assertDoesNotThrow(() -> ResourceContent.POLICY.check(Kind.DOCX, zip("[Content_Types].xml", "word/document.xml", "_rels/.rels")));
        assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.DOCX, zip("[Content_Types].xml", "xl/workbook.xml")),
                "a spreadsheet is not a Word document");
        assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.DOCX, "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1)));
        Refused macros = assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.DOCX,
                zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
        assertTrue(macros.getMessage().contains("macros"), macros.getMessage());
    }

    @Test
    void images_mustDecode_andMatchTheirDeclaredType() throws IOException {
        assertDoesNotThrow(() -> ResourceContent.POLICY.check(Kind.PNG, png()));
        assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.JPEG, png()), "a PNG declared as JPEG");
        assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.PDF, png()), "a PNG declared as PDF");
    }

    @Test
    void emptyOrOversizedFiles_areRefused() {
        assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.PDF, new byte[0]));
        Refused big = assertThrows(Refused.class, () -> ResourceContent.POLICY.check(Kind.PDF, new byte[ResourceContent.MAX_BYTES + 1]));
        assertTrue(big.getMessage().contains("20 MB"), big.getMessage());
    }

    @Test
    void declaredTypes_areReadWithoutParameters_andOnlyTheFourKinds() {
        assertEquals(Kind.PDF, ResourceContent.POLICY.declared("application/pdf; charset=binary").orElseThrow());
        assertTrue(ResourceContent.POLICY.declared("image/svg+xml").isEmpty(), "SVG can carry scripts: not accepted");
        assertTrue(ResourceContent.POLICY.declared("text/html").isEmpty());
        assertEquals("notes.docx", Kind.DOCX.withExtension("notes"));
    }
}

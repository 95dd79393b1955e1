package uk.org.cascade.competency.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import uk.org.cascade.platform.Dates;

/**
 * A one-page A4 certificate of competence. It uses the standard Helvetica fonts, which every PDF reader has,
 * so nothing is embedded; their WinAnsi encoding covers English and Western European names (é, â, ’, –),
 * and {@link #printable} turns anything else into the nearest character it has rather than fail. A QR code of the
 * verification address sits under the address printed as text, so a phone opens the same check.
 */
public final class Certificate {

    /** What the certificate says. {@code expiresOn} is the first day it no longer counts; null: never. */
    public record Content(String learner, String competencyTitle, String competencyCode, String level,
                          String programmeTitle, String signedOffBy, boolean external, LocalDate signedOn,
                          LocalDate expiresOn, String verificationCode, String verifyAddress) {
    }

    public static final DateTimeFormatter DATE = Dates.DAY;

    private static final float MARGIN = 60;
    private static final BitSet HELVETICA = encodable();
    private static final Map<Character, String> NEAREST = Map.ofEntries(
            Map.entry('\u0141', "L"), Map.entry('\u0142', "l"), Map.entry('\u0110', "D"), Map.entry('\u0111', "d"),
            Map.entry('\u0131', "i"), Map.entry('\u0126', "H"), Map.entry('\u0127', "h"), Map.entry('\u0166', "T"),
            Map.entry('\u0167', "t"), Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"),
            Map.entry('\u2015', "\u2014"), Map.entry('\u2212', "-"), Map.entry('\u2032', "'"), Map.entry('\u2033', "\""),
            Map.entry('\u02BC', "\u2019"), Map.entry('\u201B', "\u2018"), Map.entry('\u201F', "\u201C"),
            Map.entry('\u20AC', "EUR"));

    private Certificate() {
    }

    /** The PDF, ready to send. */
    public static byte[] pdf(Content c) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, c);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer w = new Writer(out, page.getMediaBox());
                w.border();
                w.centred(bold, 28, "Certificate of competence", 110);
                w.gap(40);
                w.centred(regular, 13, "This certifies that", 0);
                w.gap(14);
                w.centred(bold, 22, c.learner(), 0);
                w.gap(14);
                w.centred(regular, 13, "has been assessed as competent in", 0);
                w.gap(14);
                w.centred(bold, 17, c.competencyTitle(), 0);
                w.gap(4);
                w.centred(regular, 12, c.competencyCode() + " \u00B7 " + c.level() + " level", 0);
                w.gap(18);
                w.centred(regular, 12, "Programme: " + c.programmeTitle(), 0);
                w.gap(30);
                if (c.external()) {
                    w.centred(bold, 12, "External certification", 0);
                    w.gap(4);
                    w.centred(regular, 12, "External certification recorded by " + c.signedOffBy() + " on "
                            + DATE.format(c.signedOn()), 0);
                } else {
                    w.centred(regular, 12, "Signed off by " + c.signedOffBy() + " on " + DATE.format(c.signedOn()), 0);
                }
                w.gap(8);
                w.centred(bold, 13, validity(c.expiresOn()), 0);
                w.gap(50);
                w.centred(regular, 11, "Verification code: " + c.verificationCode(), 0);
                w.gap(4);
                w.centred(regular, 11, "Check that this certificate is still valid at", 0);
                w.centred(regular, 11, c.verifyAddress(), 0);
                w.gap(16);
                w.qr(c.verifyAddress(), 96);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be drawn", e);
        }
    }

    /** "Valid until" names the last day it counts: the day before the sign-off's (exclusive) expiry. */
    public static String validity(LocalDate expiresOn) {
        return expiresOn == null ? "Does not expire" : "Valid until " + DATE.format(expiresOn.minusDays(1));
    }

    /**
     * The text as the standard fonts can draw it: WinAnsi characters stay (é, ’, –), accents the fonts lack are
     * dropped (ő → o), a few look-alikes are mapped (ł → l, ‐ → -), line breaks become spaces and anything else
     * becomes "?". Drawing text outside the encoding would fail the whole certificate.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x10000 && HELVETICA.get(cp)) {
                out.append((char) cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (cp < 0x10000 && NEAREST.containsKey((char) cp)) {
                out.append(NEAREST.get((char) cp));
            } else {
                String bare = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!bare.isEmpty() && bare.chars().allMatch(HELVETICA::get) ? bare : "?");
            }
        });
        return out.toString();
    }

    private static void describe(PDDocument document, Content c) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Certificate of competence: " + c.competencyTitle() + " \u2013 " + c.learner());
        info.setSubject(c.competencyCode() + " " + c.competencyTitle() + ", verification code " + c.verificationCode());
        info.setAuthor("Cascade");
        info.setCreator("Cascade");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
        info.setCreationDate(now);
        document.getDocumentCatalog().setLanguage("en-GB");
        // Readers show the title, not the file name, in their title bar and to screen readers
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** Which characters Helvetica can draw through its WinAnsi encoding, worked out once by asking the font. */
    private static BitSet encodable() {
        BitSet can = new BitSet(0x10000);
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        Charset winAnsi = Charset.forName("windows-1252");
        for (int b = 0x20; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, winAnsi);
            char ch = s.charAt(0);
            if (ch == '\uFFFD' || Character.isISOControl(ch)) {
                continue;
            }
            try {
                font.encode(s);
                bold.encode(s);
                can.set(ch);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                // left out: printable() finds the nearest character instead
            }
        }
        return can;
    }

    /** Lays lines out from the top of the page down, centred, wrapping long ones. */
    private static final class Writer {

        private final PDPageContentStream out;
        private final PDRectangle box;
        private float y;

        Writer(PDPageContentStream out, PDRectangle box) {
            this.out = out;
            this.box = box;
            this.y = box.getHeight();
        }

        void border() throws IOException {
            out.setLineWidth(2);
            out.addRect(30, 30, box.getWidth() - 60, box.getHeight() - 60);
            out.stroke();
            out.setLineWidth(0.75f);
            out.addRect(36, 36, box.getWidth() - 72, box.getHeight() - 72);
            out.stroke();
        }

        /** The address as a QR code, {@code size} points square and centred, drawn as vector squares: sharp at any zoom. */
        void qr(String text, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IOException("The verification address does not fit a QR code", e);
            }
            float module = size / matrix.getWidth();
            float left = (box.getWidth() - size) / 2;
            float top = y;
            // One rectangle per run of dark modules in a row: no hairline seams between neighbours when rendered
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int end = col;
                    while (end < matrix.getWidth() && matrix.get(end, row)) {
                        end++;
                    }
                    out.addRect(left + col * module, top - (row + 1) * module, (end - col) * module, module);
                    col = end;
                }
            }
            out.fill();
            y -= size;
        }

        void gap(float points) {
            y -= points;
        }

        void centred(PDFont font, float size, String text, float fromTop) throws IOException {
            if (fromTop > 0) {
                y = box.getHeight() - fromTop;
            }
            for (String line : wrap(font, size, printable(text), box.getWidth() - 2 * MARGIN)) {
                y -= size * 1.3f;
                float width = font.getStringWidth(line) / 1000 * size;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset((box.getWidth() - width) / 2, y);
                out.showText(line);
                out.endText();
            }
        }

        private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}

package uk.org.cascade.coverage.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing on one PDF page in points from the bottom left: text in an embedded font, wrapped to a width, filled boxes
 * and rules. The font is Liberation Sans (SIL Open Font Licence), which PDFBox itself ships for its own fallback: it
 * is embedded (subset), so the page looks the same in every reader, and it draws Welsh and most European school names
 * as written. Bold is the same outline filled and stroked.
 */
final class PdfCanvas implements AutoCloseable {

    /** Inside the PDFBox jar; {@code SummaryPdfTest} fails if a PDFBox upgrade moves it. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2} +(January|February|March|April|May|June|July|August|"
            + "September|October|November|December) +\\d{4}\\b");

    /** An RGB colour from a hex string such as "#1b6e3a". */
    record Colour(float red, float green, float blue) {

        static Colour of(String hex) {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            return new Colour((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f);
        }
    }

    private final PDPageContentStream out;
    private final PDFont font;

    PdfCanvas(PDDocument document, PDPage page) throws IOException {
        this.font = PDType0Font.load(document, new java.io.ByteArrayInputStream(FONT_BYTES), true);
        this.out = new PDPageContentStream(document, page);
    }

    /** The width of {@code text} at {@code size} points, as {@link #text} draws it. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(drawable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text with its baseline at {@code y}. */
    void text(float x, float y, String text, float size, boolean bold, Colour colour) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        if (bold) {
            out.setStrokingColor(colour.red(), colour.green(), colour.blue());
            out.setLineWidth(size * 0.04f);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, y);
        out.showText(drawable(text));
        out.endText();
    }

    /** One line with its right end at {@code right}. */
    void textRight(float right, float y, String text, float size, boolean bold, Colour colour) throws IOException {
        text(right - width(text, size), y, text, size, bold, colour);
    }

    /** One line centred on {@code centre}. */
    void textCentred(float centre, float y, String text, float size, boolean bold, Colour colour) throws IOException {
        text(centre - width(text, size) / 2, y, text, size, bold, colour);
    }

    /** A filled rectangle from its bottom left corner. */
    void box(float x, float y, float width, float height, Colour colour) throws IOException {
        out.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        out.addRect(x, y, width, height);
        out.fill();
    }

    void rule(float x1, float y1, float x2, float y2, float width, Colour colour) throws IOException {
        out.setStrokingColor(colour.red(), colour.green(), colour.blue());
        out.setLineWidth(width);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    /**
     * {@code text} in lines no wider than {@code width}, broken at spaces (and inside a word too long for a line), never
     * inside a date such as "3 March 2027".
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(drawable(text).strip())) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            for (char ch : word.toCharArray()) {
                if (!line.isEmpty() && width(line.toString() + ch, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.append(ch);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words of {@code text}, with the day, month and year of a date as one. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        int from = 0;
        while (date.find()) {
            addWords(words, text.substring(from, date.start()));
            words.add(date.group().replaceAll(" +", " "));
            from = date.end();
        }
        addWords(words, text.substring(from));
        return words;
    }

    private static void addWords(List<String> words, String text) {
        for (String word : text.strip().split(" +")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    /**
     * The text as the font can draw it: characters it has stay, accents it lacks are dropped, line breaks and other
     * spaces become spaces, anything else "?". One character the font cannot draw would otherwise fail the page.
     */
    String drawable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder drawable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                drawable.append(' ');
            } else if (has(one)) {
                drawable.append(one);
            } else {
                String bare = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                drawable.append(!bare.isEmpty() && has(bare) ? bare : "?");
            }
        });
        return drawable.toString();
    }

    private boolean has(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException missing) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static byte[] fontBytes() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package uk.org.cascade.competency.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Which evidence files are accepted: a PDF, PNG or JPEG whose bytes are what the declared type says. The
 * header alone proves nothing, so the file must start with its format's signature and then parse; a PDF
 * that carries scripts or files of its own is refused, because evidence is read, never run.
 */
public final class EvidenceContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The accepted kinds, each with its media type, file extensions and signature. */
    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, ".png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, ".jpg", ".jpeg");

        private final String mediaType;
        private final byte[] signature;
        private final String[] extensions;

        Kind(String mediaType, byte[] signature, String... extensions) {
            this.mediaType = mediaType;
            this.signature = signature;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The kind a Content-Type header names (parameters such as charset ignored). */
        public static Optional<Kind> declared(String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.mediaType.equals(bare)).findFirst();
        }

        boolean signed(byte[] bytes) {
            return bytes.length >= signature.length
                    && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
        }

        /** The file name with this kind's extension, so that a saved copy never opens as something else. */
        public String withExtension(String filename) {
            String lower = filename.toLowerCase(Locale.ROOT);
            for (String extension : extensions) {
                if (lower.endsWith(extension)) {
                    return filename;
                }
            }
            return filename + extensions[0];
        }
    }

    /** Why the file was refused. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static final int MAX_IMAGE_PIXELS = 100_000_000;

    private EvidenceContent() {
    }

    /** Checks that {@code bytes} really are a {@code declared} file; answers why not otherwise. */
    public static void check(Kind declared, byte[] bytes) throws Refused {
        if (bytes.length == 0) {
            throw new Refused("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("the file is larger than 10 MB");
        }
        String notIt = "the file is not a " + declared.name() + ": its content does not match its type "
                + declared.mediaType;
        if (!declared.signed(bytes)) {
            throw new Refused(notIt);
        }
        if (declared == Kind.PDF) {
            checkPdf(bytes, notIt);
        } else {
            checkImage(declared, bytes, notIt);
        }
    }

    private static void checkPdf(byte[] bytes, String notIt) throws Refused {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() < 1) {
                throw new Refused("the PDF has no pages");
            }
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            boolean scripted = catalog.getOpenAction() instanceof PDActionJavaScript
                    || catalog.getNames() != null && catalog.getNames().getJavaScript() != null
                    || catalog.getCOSObject().getDictionaryObject(COSName.AA) instanceof COSDictionary actions
                    && actions.size() > 0;
            if (scripted) {
                throw new Refused("the PDF contains scripts or actions; save it without them (print to PDF) and upload again");
            }
            if (catalog.getNames() != null && catalog.getNames().getEmbeddedFiles() != null) {
                throw new Refused("the PDF carries files of its own; upload each file separately");
            }
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new Refused("the PDF is password-protected; upload it without a password");
        } catch (IOException e) {
            throw new Refused(notIt);
        }
    }

    /** Decodes the whole image, but into a small thumbnail, so that a huge declared size cannot exhaust memory. */
    private static void checkImage(Kind declared, byte[] bytes, String notIt) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(declared.mediaType);
            if (in == null || !readers.hasNext()) {
                throw new Refused(notIt);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_IMAGE_PIXELS) {
                    throw new Refused("the image is " + width + " × " + height + " pixels; at most 100 megapixels are accepted");
                }
                ImageReadParam thumbnail = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / 256);
                thumbnail.setSourceSubsampling(step, step, 0, 0);
                if (reader.read(0, thumbnail) == null) {
                    throw new Refused(notIt);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(notIt);
        }
    }
}

package uk.org.cascade.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import uk.org.cascade.platform.ValidationFailure;

/**
 * Whether an uploaded file is what its declared type says. The header alone proves nothing, so the bytes must
 * start with the format's signature and then parse: a PDF through PDFBox (and none that carries scripts or
 * files of its own: uploads are read, never run), an image decoded into a thumbnail (so a huge declared size
 * cannot exhaust memory), a DOCX as a ZIP holding {@code [Content_Types].xml} and {@code word/document.xml}
 * (and no macros). Evidence files and module resources each accept some kinds up to their own size.
 */
public final class FileContent {

    private static final int MAX_IMAGE_PIXELS = 100_000_000;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    /** The kinds Cascade knows, each with its media type, signature and file extensions. */
    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4},
                ".docx"),
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

        boolean signed(byte[] bytes) {
            return bytes.length >= signature.length
                    && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
        }

        /** The file name with this kind's extension, so that a saved copy never opens as something else. */
        public String withExtension(String filename) {
            String lower = filename.toLowerCase(Locale.ROOT);
            return Arrays.stream(extensions).anyMatch(lower::endsWith) ? filename : filename + extensions[0];
        }
    }

    /** Why the file was refused. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Which kinds an upload may be, and how big. */
    public record Policy(Set<Kind> kinds, int maxBytes) {

        /** The accepted kind a Content-Type header names (parameters such as charset ignored). */
        public Optional<Kind> declared(String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return kinds.stream().filter(k -> k.mediaType.equals(bare)).findFirst();
        }

        /**
         * The kind of an upload, checked: 422 on {@code typeField} with {@code typeMessage} when the Content-Type
         * names no accepted kind, and on {@code file} with the reason when the bytes are not that kind.
         */
        public Kind accepted(String contentType, byte[] bytes, String typeField, String typeMessage) {
            Kind kind = declared(contentType).orElseThrow(() -> ValidationFailure.of(typeField, typeMessage));
            try {
                check(kind, bytes);
            } catch (Refused e) {
                throw ValidationFailure.of("file", e.getMessage());
            }
            return kind;
        }

        /** Checks that {@code bytes} really are a {@code declared} file; answers why not otherwise. */
        public void check(Kind declared, byte[] bytes) throws Refused {
            if (!kinds.contains(declared)) {
                throw new Refused("a " + declared.name() + " file is not accepted here");
            }
            if (bytes.length == 0) {
                throw new Refused("the file is empty");
            }
            if (bytes.length > maxBytes) {
                throw new Refused("the file is larger than " + maxBytes / (1024 * 1024) + " MB");
            }
            String notIt = "the file is not a " + declared.name() + ": its content does not match its type "
                    + declared.mediaType;
            if (!declared.signed(bytes)) {
                throw new Refused(notIt);
            }
            switch (declared) {
                case PDF -> checkPdf(bytes, notIt);
                case DOCX -> checkDocx(bytes, notIt);
                default -> checkImage(declared, bytes, notIt);
            }
        }
    }

    private FileContent() {
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

    private static void checkDocx(byte[] bytes, String notIt) throws Refused {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(notIt);
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("word/document.xml")) {
            throw new Refused(notIt);
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            throw new Refused("the document contains macros; save it as a plain .docx and upload again");
        }
    }

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

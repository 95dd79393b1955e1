package uk.org.cascade.learning.control;

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
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Which page resources are accepted: a PDF, Word document (DOCX), PNG or JPEG of at most 20 MB whose bytes are
 * what its declared type says, checked the way evidence files are: signature first, then the file must parse
 * (a DOCX is a ZIP holding {@code [Content_Types].xml} and {@code word/document.xml}).
 */
public final class ResourceContent {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_IMAGE_PIXELS = 100_000_000;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4}, ".docx"),
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

        public static Optional<Kind> declared(String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.mediaType.equals(bare)).findFirst();
        }

        boolean signed(byte[] bytes) {
            return bytes.length >= signature.length && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
        }

        public String withExtension(String filename) {
            String lower = filename.toLowerCase(Locale.ROOT);
            return Arrays.stream(extensions).anyMatch(lower::endsWith) ? filename : filename + extensions[0];
        }
    }

    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private ResourceContent() {
    }

    public static void check(Kind declared, byte[] bytes) throws Refused {
        if (bytes.length == 0) {
            throw new Refused("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("the file is larger than 20 MB");
        }
        String notIt = "the file is not a " + declared.name() + ": its content does not match its type " + declared.mediaType;
        if (!declared.signed(bytes)) {
            throw new Refused(notIt);
        }
        switch (declared) {
            case PDF -> checkPdf(bytes, notIt);
            case DOCX -> checkDocx(bytes, notIt);
            default -> checkImage(declared, bytes, notIt);
        }
    }

    private static void checkPdf(byte[] bytes, String notIt) throws Refused {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() < 1) {
                throw new Refused("the PDF has no pages");
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

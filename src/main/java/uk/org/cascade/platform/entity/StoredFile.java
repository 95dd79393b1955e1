package uk.org.cascade.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.org.cascade.platform.Sha256;

/**
 * The description of an uploaded file, the same columns wherever one is kept (evidence of a sign-off, a module
 * page's resource): its name, its media type as checked from its content, its size and its SHA-256. The bytes
 * stay a lazy column of the owning entity: EclipseLink defers a basic attribute through the entity's fetch
 * group, which does not reach inside an embeddable, so lists would otherwise read every file.
 */
@Embeddable
public class StoredFile {

    public static final int FILENAME_MAX = 200;
    public static final int CONTENT_TYPE_MAX = 100;

    @Column(name = "filename", nullable = false, updatable = false, length = FILENAME_MAX)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    protected StoredFile() {
    }

    /** The file {@code content} stored as {@code filename} with {@code contentType} and fingerprint {@code sha256}. */
    public StoredFile(String filename, String contentType, byte[] content, String sha256) {
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
    }

    /** The SHA-256 of {@code content} in lower-case hex, as stored. */
    public static String sha256Of(byte[] content) {
        return Sha256.hex(content);
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}

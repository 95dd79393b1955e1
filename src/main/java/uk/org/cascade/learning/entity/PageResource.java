package uk.org.cascade.learning.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A downloadable file of a page (PDF, DOCX, PNG, JPEG up to 20 MB), its type checked from its content on upload. */
@Entity
@Table(name = "module_page_resource")
public class PageResource {

    public static final int FILENAME_MAX = 200;
    public static final int ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "page_id", updatable = false)
    private ModulePage page;

    @Column(nullable = false, updatable = false, length = FILENAME_MAX)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** For a picture: its description; with one it is shown on the page, without one it is a download only. */
    @Column(name = "alt_text", updatable = false, length = ALT_MAX)
    private String altText;

    protected PageResource() {
    }

    PageResource(ModulePage page, String filename, String contentType, byte[] content, String sha256, Instant uploadedAt,
                 String altText) {
        this.page = page;
        this.altText = altText;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    PageResource copyInto(ModulePage other) {
        return new PageResource(other, filename, contentType, content, sha256, uploadedAt, altText);
    }

    public Long getId() {
        return id;
    }

    public ModulePage getPage() {
        return page;
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

    public byte[] getContent() {
        return content.clone();
    }

    public String getAltText() {
        return altText;
    }

    public boolean isShown() {
        return altText != null && contentType.startsWith("image/");
    }

    public String getSha256() {
        return sha256;
    }
}

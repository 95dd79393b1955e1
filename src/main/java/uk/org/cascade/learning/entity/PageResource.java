package uk.org.cascade.learning.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import uk.org.cascade.platform.entity.StoredFile;

/** A downloadable file of a page (PDF, DOCX, PNG, JPEG up to 20 MB), its type checked from its content on upload. */
@Entity
@Table(name = "module_page_resource")
public class PageResource {

    public static final int FILENAME_MAX = StoredFile.FILENAME_MAX;
    public static final int ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "page_id", updatable = false)
    private ModulePage page;

    @Embedded
    private StoredFile file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

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
        this.file = new StoredFile(filename, contentType, content, sha256);
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    PageResource copyInto(ModulePage other) {
        return new PageResource(other, file.getFilename(), file.getContentType(), content, file.getSha256(), uploadedAt,
                altText);
    }

    public Long getId() {
        return id;
    }

    public ModulePage getPage() {
        return page;
    }

    public String getFilename() {
        return file.getFilename();
    }

    public String getContentType() {
        return file.getContentType();
    }

    public int getSizeBytes() {
        return file.getSizeBytes();
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getAltText() {
        return altText;
    }

    public boolean isShown() {
        return altText != null && file.getContentType().startsWith("image/");
    }

    public String getSha256() {
        return file.getSha256();
    }
}

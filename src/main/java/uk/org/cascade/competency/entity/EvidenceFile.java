package uk.org.cascade.competency.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.people.entity.Person;

/**
 * A file attached to a sign-off as evidence: a PDF or an image whose content was checked on upload.
 * Append-only, like the sign-off it supports.
 */
@Entity
@Table(name = "sign_off_evidence_file")
public class EvidenceFile {

    public static final int FILENAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sign_off_id", updatable = false)
    private SignOff signOff;

    @Column(nullable = false, updatable = false, length = FILENAME_MAX)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    /** Lists read the other columns only (see EvidenceFiles); the bytes are loaded for a download. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by", updatable = false)
    private Person uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    public EvidenceFile(SignOff signOff, String filename, String contentType, byte[] content, String sha256,
                        Person uploadedBy, Instant uploadedAt) {
        this.signOff = signOff;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** What the audit keeps: the file's description and fingerprint, never its content. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("signOffId", signOff.getId());
        state.put("filename", filename);
        state.put("contentType", contentType);
        state.put("sizeBytes", sizeBytes);
        state.put("sha256", sha256);
        return state;
    }

    public Long getId() {
        return id;
    }

    public SignOff getSignOff() {
        return signOff;
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

    public String getSha256() {
        return sha256;
    }

    public Person getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

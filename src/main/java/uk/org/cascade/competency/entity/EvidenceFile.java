package uk.org.cascade.competency.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.entity.StoredFile;

/**
 * A file attached to a sign-off as evidence: a PDF or an image whose content was checked on upload.
 * Append-only, like the sign-off it supports.
 */
@Entity
@Table(name = "sign_off_evidence_file")
public class EvidenceFile {

    public static final int FILENAME_MAX = StoredFile.FILENAME_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sign_off_id", updatable = false)
    private SignOff signOff;

    @Embedded
    private StoredFile file;

    /** Lists read the other columns only (see EvidenceFiles); the bytes are loaded for a download. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

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
        this.file = new StoredFile(filename, contentType, content, sha256);
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** What the audit keeps: the file's description and fingerprint, never its content. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("signOffId", signOff.getId());
        state.put("filename", file.getFilename());
        state.put("contentType", file.getContentType());
        state.put("sizeBytes", file.getSizeBytes());
        state.put("sha256", file.getSha256());
        return state;
    }

    public Long getId() {
        return id;
    }

    public SignOff getSignOff() {
        return signOff;
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

    public String getSha256() {
        return file.getSha256();
    }

    public Person getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

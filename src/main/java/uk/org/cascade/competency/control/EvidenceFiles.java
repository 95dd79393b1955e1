package uk.org.cascade.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.competency.control.EvidenceContent;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.platform.control.FileContent.Kind;
import uk.org.cascade.competency.control.SignOffPolicy;
import uk.org.cascade.competency.entity.EvidenceFile;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.entity.StoredFile;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Files attached to a sign-off as evidence. Whoever may read the sign-off may read its files; its assessor
 * attaches them within 14 days of recording it, an administrator at any time. Nothing is replaced or deleted.
 */
@ApplicationScoped
public class EvidenceFiles {

    static final String AUDIT_TYPE = "SignOffEvidence";

    /** A file as a list shows it: everything but the content. */
    public record Listed(long id, String filename, String contentType, int size, Instant uploadedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SignOffs signOffs;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** 404 when the caller cannot see the sign-off, 403 when they see it but may not attach to it. */
    public SignOff requireUploader(long signOffId, UserAccount caller) {
        SignOff signOff = signOffs.find(signOffId, caller);
        if (!SignOffPolicy.mayAmend(caller.holds(Role.ADMIN), signOff.getAssessor().getId().equals(caller.getPerson().getId()),
                signOff.getRecordedAt(), today.now())) {
            throw new Forbidden("Evidence is attached by the sign-off's assessor within 14 days, or by an administrator");
        }
        return signOff;
    }

    @Transactional
    public EvidenceFile attach(long signOffId, String contentType, String filename, byte[] bytes, UserAccount caller) {
        SignOff signOff = requireUploader(signOffId, caller);
        if (signOffs.revocation(signOff).isPresent()) {
            throw new Conflict("This sign-off was revoked; evidence is no longer attached to it");
        }
        // A file's name is typed by its author and shown to every reader of the sign-off, like the evidence text.
        Validation name = new Validation();
        ChildIdentifiers.check(name, "filename", "The file name", filename, today.date());
        name.orThrow();
        Kind kind = EvidenceContent.POLICY.accepted(contentType, bytes, "contentType",
                "Content-Type must be application/pdf, image/png or image/jpeg, not " + contentType);
        EvidenceFile file = new EvidenceFile(signOff, kind.withExtension(safeName(filename)), kind.mediaType(),
                bytes, StoredFile.sha256Of(bytes), em.getReference(Person.class, caller.getPerson().getId()), today.now());
        em.persist(file);
        em.flush();
        audit.record(AUDIT_TYPE, file.getId(), "UPLOADED", null, file.auditState());
        return file;
    }

    /** Oldest first; the content is not read. */
    public List<Listed> list(long signOffId, UserAccount caller) {
        SignOff signOff = signOffs.find(signOffId, caller);
        return em.createQuery("SELECT f.id, f.file.filename, f.file.contentType, f.file.sizeBytes, f.uploadedAt "
                        + "FROM EvidenceFile f WHERE f.signOff = :s ORDER BY f.uploadedAt, f.id", Object[].class)
                .setParameter("s", signOff).getResultStream()
                .map(row -> new Listed((Long) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(), instant(row[4])))
                .toList();
    }

    public EvidenceFile find(long signOffId, long fileId, UserAccount caller) {
        SignOff signOff = signOffs.find(signOffId, caller);
        EvidenceFile file = em.find(EvidenceFile.class, fileId);
        if (file == null || !file.getSignOff().getId().equals(signOff.getId())) {
            throw new NotFound("Sign-off " + signOffId + " has no evidence file " + fileId);
        }
        return file;
    }

    /** The last part of the name the client gave, without control characters, at most 200 characters. */
    static String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "evidence";
        }
        int room = EvidenceFile.FILENAME_MAX - 5;
        return name.length() > room ? name.substring(0, room) : name;
    }

    /** Report queries may hand back the column's own type rather than the converted attribute. */
    private static Instant instant(Object value) {
        return value instanceof LocalDateTime utc ? utc.toInstant(ZoneOffset.UTC) : (Instant) value;
    }
}

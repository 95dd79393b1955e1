package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;
import uk.org.cascade.supervision.entity.Supervisee;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionNote;

/**
 * A supervision log and its corrections: logging, revising, notes, and reading one log.
 * <p>
 * Who may log: a supervisor who may supervise the programme ({@link SupervisionPolicy#maySupervise}, for
 * themselves), a coordinator for supervisees at schools in their area, an administrator ({@link LogDetails}). Who
 * may read a log is {@link LogReaders}, for every read here; everyone else gets 404, as for a log that does not
 * exist. The overdue list is {@link OverdueList}, a person's history and the export {@link SupervisionHistory}, the
 * themes {@link SupervisionThemes}.
 */
@ApplicationScoped
public class Supervision {

    static final String AUDIT_LOG = "SupervisionLog";
    public static final int NOTE_MAX = SupervisionNote.TEXT_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    LogDetails logDetails;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Transactional
    public SupervisionLog log(LogForm form, UserAccount caller) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        SupervisionLog.Details details = logDetails.read(form, caller);
        SupervisionLog log = new SupervisionLog(details, em.getReference(Person.class, caller.getPerson().getId()), today.now());
        em.persist(log);
        em.flush();
        audit.record(AUDIT_LOG, log.getId(), "CREATED", null, log.auditState());
        return log;
    }

    /** The author's revision within seven days; later, or by anyone else, corrections are notes. */
    @Transactional
    public SupervisionLog revise(long id, LogForm form, UserAccount caller) {
        SupervisionLog log = find(id, caller);
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        boolean author = log.getAuthor().getId().equals(caller.getPerson().getId());
        if (!author) {
            throw new Forbidden("Only the author of a supervision log revises it; add a note to correct it");
        }
        if (!SupervisionPolicy.mayRevise(true, log.getRecordedAt(), today.now())) {
            throw new Conflict("This supervision log is locked: it was recorded more than 7 days ago. "
                    + "Add a note to correct it");
        }
        Versions.require(form.version(), log.getVersion(), "supervision log");
        Map<String, Object> before = log.auditState();
        log.revise(logDetails.read(form, caller));
        em.flush();
        audit.record(AUDIT_LOG, log.getId(), "REVISED", before, log.auditState());
        return log;
    }

    /** A correction appended to a log, at any time, by an administrator, its author or supervisor, or a coordinator who reaches it. */
    @Transactional
    public SupervisionNote addNote(long id, String text, UserAccount caller) {
        SupervisionLog log = find(id, caller);
        if (!mayAddNote(log, caller)) {
            throw new Forbidden("Notes are added by the log's author or supervisor, a coordinator or an administrator");
        }
        Validation check = new Validation();
        check.require(text != null && !text.isBlank(), "text", "text is required: say what is corrected")
                .require(text == null || text.strip().length() <= NOTE_MAX, "text", "text must be at most " + NOTE_MAX
                        + " characters");
        ChildIdentifiers.check(check, "text", "The note", text, today.date());
        check.orThrow();
        SupervisionNote note = new SupervisionNote(log, text, em.getReference(Person.class, caller.getPerson().getId()), today.now());
        em.persist(note);
        em.flush();
        audit.record(AUDIT_LOG, log.getId(), "NOTE_ADDED", null, Map.of("noteId", note.getId(), "text", note.getText()));
        return note;
    }

    /** Who may append a note: an administrator, the log's author or supervisor, a coordinator of its area. */
    public boolean mayAddNote(SupervisionLog log, UserAccount caller) {
        long me = caller.getPerson().getId();
        return caller.holds(Role.ADMIN) || log.getAuthor().getId() == me || log.getSupervisor().getId() == me
                || (caller.holds(Role.COORDINATOR) && inArea(log, caller.scope()));
    }

    /** Whether the caller may still revise the log: its author, within seven days. */
    public boolean mayRevise(SupervisionLog log, UserAccount caller) {
        return SupervisionPolicy.mayRevise(log.getAuthor().getId().equals(caller.getPerson().getId()), log.getRecordedAt(),
                today.now());
    }

    /** The log, when the caller may read it ({@link LogReaders}); otherwise 404, as for a log that does not exist. */
    public SupervisionLog find(long id, UserAccount caller) {
        LogReaders.Condition readable = LogReaders.readable(caller);
        return readable.bind(em.createQuery("SELECT l FROM SupervisionLog l WHERE l.id = :id" + readable.jpql(),
                        SupervisionLog.class).setParameter("id", id)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("No supervision log with id " + id));
    }

    /** Whether the caller reads the log only as one of its supervisees, and so sees only themselves in it. */
    public boolean seesOnlyThemselves(SupervisionLog log, UserAccount caller) {
        LogReaders.Condition whole = LogReaders.readWhole(caller);
        return whole.bind(em.createQuery("SELECT COUNT(l) FROM SupervisionLog l WHERE l.id = :id" + whole.jpql(), Long.class)
                .setParameter("id", log.getId())).getSingleResult() == 0;
    }

    public List<SupervisionNote> notes(SupervisionLog log) {
        return em.createQuery("SELECT n FROM SupervisionNote n JOIN FETCH n.writtenBy WHERE n.log = :l ORDER BY n.writtenAt, n.id",
                SupervisionNote.class).setParameter("l", log).getResultList();
    }

    private static boolean inArea(SupervisionLog log, Scope scope) {
        return log.getSupervisees().stream().map(Supervisee::getSchool).anyMatch(s -> scope.includes(
                s.getLocalAuthority().getCode(), s.getLocalAuthority().getRegion().getName()));
    }
}

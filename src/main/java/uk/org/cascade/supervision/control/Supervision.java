package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;
import uk.org.cascade.supervision.boundary.SupervisionForms;
import uk.org.cascade.supervision.control.LogReaders;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.SupervisionPolicy;
import uk.org.cascade.supervision.control.SupervisionPolicy.Proposal;
import uk.org.cascade.supervision.entity.Format;
import uk.org.cascade.supervision.entity.Mode;
import uk.org.cascade.supervision.entity.Supervisee;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionNote;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/**
 * Logging, revising and reading supervision, the overdue list and the last supervision per school.
 * <p>
 * Who may log: a supervisor holding the programme's current SUPERVISOR or TRAINER competency (for
 * themselves), a coordinator for supervisees at schools in their area, an administrator. Who may read a
 * log is {@link LogReaders}, for every read here: one log, a person's history, the export. Everyone else
 * gets 404, as for a log that does not exist.
 */
@ApplicationScoped
public class Supervision {

    static final String AUDIT_LOG = "SupervisionLog";
    static final String AUDIT_THEME = "SupervisionTheme";
    public static final int NOTE_MAX = SupervisionNote.TEXT_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    Holdings holdings;

    @Inject
    Curriculum curriculum;

    @Inject
    People people;

    @Inject
    OverdueQuery overdueQuery;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Transactional
    public SupervisionLog log(LogForm form, UserAccount caller) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        SupervisionLog.Details details = details(form, caller);
        SupervisionLog log = new SupervisionLog(details, people.of(caller), today.now());
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
        log.revise(details(form, caller));
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
        ChildIdentifiers.check(check, "text", "The note", text, today());
        check.orThrow();
        SupervisionNote note = new SupervisionNote(log, text, people.of(caller), today.now());
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

    /**
     * A person's supervision that the caller may read ({@link LogReaders}), newest first: the same logs their
     * single reads allow, no more. 404 when the caller may not see the person's record at all.
     */
    public List<SupervisionLog> history(long personId, UserAccount caller) {
        long me = caller.getPerson().getId();
        boolean may = caller.holds(Role.ADMIN) || me == personId;
        if (!may && caller.holds(Role.COORDINATOR)) {
            try {
                people.find(personId, People.Reach.of(caller));
                may = true;
            } catch (NotFound e) {
                // a supervisor may still reach them
            }
        }
        if (!may && supervises(caller)) {
            may = isSupervisee(me, personId, null);
        }
        if (!may) {
            throw new NotFound("No person with id " + personId);
        }
        LogReaders.Condition readable = LogReaders.readable(caller);
        return readable.bind(em.createQuery("SELECT l FROM SupervisionLog l WHERE EXISTS (SELECT h FROM Supervisee h "
                + "WHERE h.log = l AND h.person.id = :p)" + readable.jpql() + " ORDER BY l.date DESC, l.id DESC",
                SupervisionLog.class).setParameter("p", personId)).setMaxResults(500).getResultList();
    }

    /** The overdue list (or due soon, or all practising people) the caller may see. */
    public Page<OverdueQuery.Row> overdue(Integer la, String programmeCode, Integer urn, OverdueQuery.Due due, LocalDate day,
                                          UserAccount caller, PageRequest request) {
        Long programmeId = null;
        if (programmeCode != null && !programmeCode.isBlank()) {
            programmeId = curriculum.findProgramme(programmeCode.strip()).map(Programme::getId)
                    .orElseThrow(() -> ValidationFailure.of("programme", "there is no programme with code " + programmeCode));
        }
        return overdueQuery.page(new OverdueQuery.Filter(day == null ? today() : day, la, programmeId, urn, due),
                reachOf(caller), request);
    }

    /** Every row of the overdue list, page by page, for an export. */
    public void forEachOverdue(Integer la, String programmeCode, OverdueQuery.Due due, LocalDate day, UserAccount caller,
                               Consumer<OverdueQuery.Row> each) {
        for (int page = 0; ; page++) {
            Page<OverdueQuery.Row> rows = overdue(la, programmeCode, null, due, day, caller, new PageRequest(page, 500));
            rows.items().forEach(each);
            if ((long) (page + 1) * 500 >= rows.total()) {
                return;
            }
        }
    }

    /**
     * The last supervision of the schools' staff for {@code programme}, by URN, in one query; schools never
     * supervised are absent. No scope check: dates per school carry no personal data. Used by the coverage
     * dashboard's "last supervision" column and the school page.
     */
    public Map<Integer, LocalDate> lastSupervised(Collection<Integer> urns, Programme programme) {
        return overdueQuery.lastSupervised(urns, programme.getId());
    }

    /** Which practising people the caller may see in the overdue list. */
    public static OverdueQuery.Reach reachOf(UserAccount caller) {
        if (caller.holds(Role.ADMIN)) {
            return OverdueQuery.Reach.EVERYONE;
        }
        Optional<Scope> scope = caller.holds(Role.COORDINATOR) ? Optional.of(caller.scope()) : Optional.empty();
        Optional<Long> supervisor = supervises(caller) ? Optional.of(caller.getPerson().getId()) : Optional.empty();
        return new OverdueQuery.Reach(false, scope, supervisor);
    }

    /** Logs the caller may read from {@code from} to {@code to}, oldest first, a thousand per query, for the export. */
    public void forEachLog(LocalDate from, LocalDate to, UserAccount caller, Consumer<SupervisionLog> each) {
        LogReaders.Condition readable = LogReaders.readable(caller);
        long after = 0;
        while (true) {
            jakarta.persistence.TypedQuery<SupervisionLog> q = em.createQuery("SELECT l FROM SupervisionLog l WHERE "
                            + "l.date >= :from AND l.date <= :to AND l.id > :after" + readable.jpql() + " ORDER BY l.id",
                            SupervisionLog.class)
                    .setParameter("from", from).setParameter("to", to).setParameter("after", after)
                    // Supervisees and themes for the whole batch in one query each, not one per log.
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "l.supervisees")
                    .setHint("eclipselink.batch", "l.themes").setMaxResults(1000);
            List<SupervisionLog> batch = readable.bind(q).getResultList();
            batch.forEach(each);
            if (batch.size() < 1000) {
                return;
            }
            after = batch.get(batch.size() - 1).getId();
        }
    }

    // --- themes -------------------------------------------------------------------------------------------

    public List<SupervisionTheme> themes(boolean withRetired) {
        return em.createQuery("SELECT t FROM SupervisionTheme t WHERE (:all = TRUE OR t.retired = FALSE) ORDER BY t.name",
                SupervisionTheme.class).setParameter("all", withRetired).getResultList();
    }

    @Transactional
    public SupervisionTheme createTheme(String name, UserAccount caller) {
        requireAdmin(caller);
        Validation check = new Validation();
        SupervisionTheme.checkName(check, name);
        ChildIdentifiers.check(check, "name", "The theme", name, today());
        check.orThrow();
        if (themeNamed(name.strip()).isPresent()) {
            throw UniqueKeys.duplicate("uk_supervision_theme_name");
        }
        SupervisionTheme theme = new SupervisionTheme(name);
        em.persist(theme);
        em.flush();
        audit.record(AUDIT_THEME, theme.getId(), "CREATED", null, theme.auditState());
        return theme;
    }

    @Transactional
    public SupervisionTheme reviseTheme(long id, SupervisionForms.ThemeForm form, UserAccount caller) {
        requireAdmin(caller);
        SupervisionTheme theme = Optional.ofNullable(em.find(SupervisionTheme.class, id))
                .orElseThrow(() -> new NotFound("No supervision theme with id " + id));
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        Versions.require(form.version(), theme.getVersion(), "theme");
        Map<String, Object> before = theme.auditState();
        if (form.name() != null && !form.name().strip().equals(theme.getName())) {
            Validation check = new Validation();
            ChildIdentifiers.check(check, "name", "The theme", form.name(), today());
            check.orThrow();
            if (themeNamed(form.name().strip()).isPresent()) {
                throw UniqueKeys.duplicate("uk_supervision_theme_name");
            }
            theme.rename(form.name());
        }
        if (Boolean.TRUE.equals(form.retired())) {
            theme.retire();
        } else if (Boolean.FALSE.equals(form.retired())) {
            theme.reinstate();
        }
        em.flush();
        audit.record(AUDIT_THEME, theme.getId(), "REVISED", before, theme.auditState());
        return theme;
    }

    private Optional<SupervisionTheme> themeNamed(String name) {
        return em.createQuery("SELECT t FROM SupervisionTheme t WHERE LOWER(t.name) = :n", SupervisionTheme.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static void requireAdmin(UserAccount caller) {
        if (!caller.holds(Role.ADMIN)) {
            throw new Forbidden("Only administrators change the list of supervision themes");
        }
    }

    // --- parsing a log and checking who may record it -----------------------------------------------------

    private SupervisionLog.Details details(LogForm form, UserAccount caller) {
        Validation check = new Validation();
        LocalDate date = check.date(form.date(), "date");
        check.require(form.date() != null && !form.date().isBlank(), "date", "date is required (YYYY-MM-DD)")
                .require(form.supervisorId() != null, "supervisorId", "supervisorId is required")
                .require(form.minutes() != null, "minutes", "minutes is required (1 to 480)")
                .require(form.familiesDiscussed() != null, "familiesDiscussed", "familiesDiscussed is required (a count, 0 or more)")
                .require(form.supervisees() != null && !form.supervisees().isEmpty(), "supervisees",
                        "choose at least one supervisee")
                .require(form.supervisees() == null || form.supervisees().stream().noneMatch(java.util.Objects::isNull),
                        "supervisees", "supervisees are person ids")
                .require(form.themeNotes() == null || form.themeNotes().strip().length() <= SupervisionLog.THEME_NOTES_MAX,
                        "themeNotes", "themeNotes must be at most " + SupervisionLog.THEME_NOTES_MAX + " characters");
        LocalDate nextDate = check.date(form.nextDate(), "nextDate");
        Format format = check.choice(Format.class, form.format(), "format", "format must be INDIVIDUAL or GROUP");
        Mode mode = check.choice(Mode.class, form.mode(), "mode", "mode must be IN_PERSON, VIDEO or PHONE");
        Map<Long, Integer> schools = new LinkedHashMap<>();
        if (form.schools() != null) {
            form.schools().forEach((key, urn) -> {
                try {
                    schools.put(Long.parseLong(key.strip()), urn);
                } catch (NumberFormatException e) {
                    check.add(uk.org.cascade.platform.Violation.field("schools", "schools maps a supervisee's person id "
                            + "to a school URN"));
                }
            });
        }
        Set<SupervisionTheme> themes = new LinkedHashSet<>();
        List<String> themeNames = form.themes() == null ? List.of() : form.themes();
        for (int i = 0; i < themeNames.size(); i++) {
            String name = themeNames.get(i);
            Optional<SupervisionTheme> theme = name == null ? Optional.empty() : themeNamed(name.strip())
                    .filter(t -> !t.isRetired());
            // The name is not repeated: free text that is not on the list may hold anything.
            check.require(theme.isPresent(), "themes", "theme " + (i + 1) + " is not on the list of themes "
                    + "(see GET /api/v1/supervision-themes); put anything else in themeNotes");
            theme.ifPresent(themes::add);
        }
        check.orThrow();
        List<Long> superviseeIds = form.supervisees().stream().distinct().toList();
        Person supervisor = em.find(Person.class, form.supervisorId());
        check.require(supervisor != null, "supervisorId", "there is no person with id " + form.supervisorId());
        Map<Long, Person> persons = new LinkedHashMap<>();
        for (Long id : superviseeIds) {
            Person p = em.find(Person.class, id);
            check.require(p != null, "supervisees", "there is no person with id " + id);
            if (p != null) {
                persons.put(id, p);
            }
        }
        check.orThrow();
        authorise(caller, supervisor);
        Programme programme = programme(form.programmeCode(), supervisor.getId(), superviseeIds, date);
        Proposal proposal = new Proposal(date, programme, supervisor.getId(), superviseeIds, schools, format,
                form.minutes(), form.familiesDiscussed(), form.themeNotes(), form.safeguardingConcern(),
                form.safeguardingAction(), nextDate);
        SupervisionPolicy.check(proposal, facts(), today()).forEach(check::add);
        check.orThrow();
        Map<Person, School> where = new LinkedHashMap<>();
        for (Long id : superviseeIds) {
            int urn = SupervisionPolicy.schoolFor(schoolsOn(id, date), schools.get(id)).orElseThrow();
            where.put(persons.get(id), em.find(School.class, urn));
        }
        if (!caller.holds(Role.ADMIN) && !supervisor.getId().equals(caller.getPerson().getId())) {
            // A coordinator logging for a supervisor: every supervisee's school must be in their area.
            Scope scope = caller.scope();
            for (School school : where.values()) {
                if (!scope.includes(school.getLocalAuthority().getCode(), school.getLocalAuthority().getRegion().getName())) {
                    throw new Forbidden("School " + school.getUrn() + " is outside your area");
                }
            }
        }
        return new SupervisionLog.Details(date, programme, supervisor, where, format, mode, form.minutes(),
                form.familiesDiscussed(), themes, form.themeNotes(), form.safeguardingConcern(),
                form.safeguardingAction(), nextDate);
    }

    /** Supervisors log their own supervision; coordinators and administrators may log for a supervisor. */
    private static void authorise(UserAccount caller, Person supervisor) {
        if (caller.holds(Role.ADMIN) || caller.holds(Role.COORDINATOR)) {
            return;
        }
        if (!supervises(caller)) {
            throw new Forbidden("Supervision is logged by supervisors, trainers, coordinators and administrators");
        }
        if (!supervisor.getId().equals(caller.getPerson().getId())) {
            throw new Forbidden("You log your own supervision: supervisorId must be you");
        }
    }

    /**
     * The programme named, or else the one that fits: the supervisor may supervise it and the supervisees
     * practise it. When none fits, the nearest one is used so that the rules say what is wrong.
     */
    private Programme programme(String code, long supervisorId, List<Long> supervisees, LocalDate date) {
        if (code != null && !code.isBlank()) {
            return curriculum.findProgramme(code.strip())
                    .orElseThrow(() -> ValidationFailure.of("programmeCode", "there is no programme with code " + code));
        }
        List<Programme> practised = new ArrayList<>();
        List<Programme> fits = new ArrayList<>();
        for (Programme p : curriculum.allProgrammes()) {
            Optional<Competency> practitioner = competency(p, Level.PRACTITIONER);
            if (practitioner.isEmpty() || holdings.holders(supervisees, practitioner.get(), date).size() != supervisees.size()) {
                continue;
            }
            practised.add(p);
            if (mayLeadSupervision(supervisorId, p, date)) {
                fits.add(p);
            }
        }
        List<Programme> candidates = !fits.isEmpty() ? fits : practised;
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw ValidationFailure.of("programmeCode", candidates.isEmpty()
                ? "programmeCode is required: the supervisees do not all practise one programme on " + date
                : "programmeCode is required: more than one programme fits ("
                + String.join(", ", candidates.stream().map(Programme::getCode).toList()) + ")");
    }

    private boolean mayLeadSupervision(long personId, Programme programme, LocalDate date) {
        return List.of(Level.SUPERVISOR, Level.TRAINER).stream().map(l -> competency(programme, l))
                .flatMap(Optional::stream).anyMatch(c -> holdings.holds(personId, c, date));
    }

    private Optional<Competency> competency(Programme programme, Level level) {
        return curriculum.competenciesAbout(programme).stream().filter(c -> c.getLevel() == level).findFirst();
    }

    private List<Integer> schoolsOn(long personId, LocalDate day) {
        return em.createQuery("SELECT e.school.urn FROM Employment e WHERE e.person.id = :p AND e.school IS NOT NULL "
                        + "AND e.startDate <= :d AND (e.endDate IS NULL OR e.endDate >= :d) ORDER BY e.startDate, e.id",
                Integer.class).setParameter("p", personId).setParameter("d", day).getResultStream().distinct().toList();
    }

    private SupervisionPolicy.Facts facts() {
        return new SupervisionPolicy.Facts() {
            @Override
            public boolean holds(long personId, Competency competency, LocalDate day) {
                return holdings.holds(personId, competency, day);
            }

            @Override
            public Optional<Competency> competency(Programme programme, Level level) {
                return Supervision.this.competency(programme, level);
            }

            @Override
            public List<Integer> schoolsOn(long personId, LocalDate day) {
                return Supervision.this.schoolsOn(personId, day);
            }

            @Override
            public String nameOf(long personId) {
                return Optional.ofNullable(em.find(Person.class, personId)).map(Person::getName).orElse("person " + personId);
            }
        };
    }

    // --- who reads what -----------------------------------------------------------------------------------

    private static boolean inArea(SupervisionLog log, Scope scope) {
        return log.getSupervisees().stream().map(Supervisee::getSchool).anyMatch(s -> scope.includes(
                s.getLocalAuthority().getCode(), s.getLocalAuthority().getRegion().getName()));
    }

    static boolean supervises(UserAccount caller) {
        return caller.holds(Role.SUPERVISOR) || caller.holds(Role.TRAINER);
    }

    /** {@code personId} is supervisor {@code me}'s: supervised by them before, or signed off by them (for the programme, when given). */
    boolean isSupervisee(long me, long personId, Long programmeId) {
        long supervised = em.createQuery("SELECT COUNT(s) FROM Supervisee s WHERE s.person.id = :p AND s.log.supervisor.id = :me "
                        + "AND (:prog IS NULL OR s.programme.id = :prog)", Long.class)
                .setParameter("p", personId).setParameter("me", me).setParameter("prog", programmeId).getSingleResult();
        if (supervised > 0) {
            return true;
        }
        return em.createQuery("SELECT COUNT(s) FROM SignOff s WHERE s.person.id = :p AND s.assessor.id = :me "
                        + "AND (:prog IS NULL OR s.competency.programme.id = :prog)", Long.class)
                .setParameter("p", personId).setParameter("me", me).setParameter("prog", programmeId).getSingleResult() > 0;
    }

    /** A person's name, for a page that has already checked the caller may see them. */
    public String personName(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(Person::getName).orElse("");
    }

    LocalDate today() {
        return today.date();
    }
}

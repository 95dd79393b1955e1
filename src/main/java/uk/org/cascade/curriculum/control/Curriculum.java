package uk.org.cascade.curriculum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ModuleForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.curriculum.entity.Programme.ModuleChange;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * Programmes and competencies, shared by the API and the admin pages. Anyone signed in reads the
 * curriculum; the resources and pages let only administrators change it. Every change is audited.
 */
@ApplicationScoped
public class Curriculum {

    static final String AUDIT_PROGRAMME = "Programme";
    static final String AUDIT_COMPETENCY = "Competency";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public Programme createProgramme(ProgrammeForm form) {
        // The constructor checks everything at once; only a valid programme is looked up as a duplicate.
        Programme programme = new Programme(form.code(), form.title(), form.description(),
                form.supervisionIntervalWeeks(), specs(form.modules()));
        if (findProgramme(programme.getCode()).isPresent()) {
            throw UniqueKeys.duplicate("uk_programme_code");
        }
        em.persist(programme);
        em.flush();
        audit.record(AUDIT_PROGRAMME, programme.getCode(), "CREATED", null, programme.auditState());
        return programme;
    }

    /** Title, description, interval and the module list (order, revisions, additions; the rest retired). */
    @Transactional
    public Programme reviseProgramme(String code, ProgrammeForm form) {
        Programme programme = programme(code);
        Versions.require(form.version(), programme.getVersion(), "programme");
        List<ModuleSpec> specs = specs(form.modules());
        List<ModuleChange> changes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            changes.add(new ModuleChange(form.modules().get(i).id(), specs.get(i)));
        }
        var before = programme.auditState();
        programme.revise(form.title(), form.description(), form.supervisionIntervalWeeks(), changes);
        // Module changes alone would not touch the programme row: bump its version so a concurrent edit is refused.
        em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AUDIT_PROGRAMME, programme.getCode(), "REVISED", before, programme.auditState());
        return programme;
    }

    public Programme programme(String code) {
        return findProgramme(code).orElseThrow(() -> new NotFound("No programme with code " + code));
    }

    public Optional<Programme> findProgramme(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Programme p WHERE p.code = :code", Programme.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }

    public Page<Programme> programmes(PageRequest request) {
        List<Programme> items = em.createQuery("SELECT p FROM Programme p ORDER BY p.title, p.code", Programme.class)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Every programme, for choosing one in a form; there are tens, not thousands. */
    public List<Programme> allProgrammes() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.title, p.code", Programme.class).getResultList();
    }

    @Transactional
    public Competency createCompetency(CompetencyForm form) {
        // A taken code first: the same request sent twice is a duplicate, not a second competency at its level.
        if (form.code() != null && findCompetency(form.code()).isPresent()) {
            throw UniqueKeys.duplicate("uk_competency_code");
        }
        Validation check = new Validation();
        Level level = form.level(check);
        Programme about = programmeField(form.programmeCode(), "programmeCode", check);
        Competency.Details details = details(form, check);
        if (about != null && level != null) {
            Optional<Competency> atLevel = competencyAbout(about, level);
            if (atLevel.isPresent() && form.code() != null && atLevel.get().getCode().equalsIgnoreCase(form.code().strip())) {
                // The same competency saved meanwhile by a request that raced past the code check above.
                throw UniqueKeys.duplicate("uk_competency_code");
            }
            check.require(atLevel.isEmpty(), "level",
                    about.getCode() + " has a " + level.name() + " competency already");
            check.require(level != Level.TRAINER || renewedBy(about).isEmpty(), "level",
                    about.getCode() + " is a refresher programme: its cohorts are led under the trainer competency "
                            + "of the programme whose competency it renews");
        }
        Programme.checkCode(check, "code", form.code());
        check.orThrow();
        Competency competency = new Competency(form.code(), level, about, details);
        em.persist(competency);
        em.flush();
        audit.record(AUDIT_COMPETENCY, competency.getCode(), "CREATED", null, competency.auditState());
        return competency;
    }

    @Transactional
    public Competency reviseCompetency(String code, CompetencyForm form) {
        Competency competency = competency(code);
        Versions.require(form.version(), competency.getVersion(), "competency");
        // The revision replaces the prerequisites: leaving them out would silently drop them.
        Validation check = new Validation().present(form.prerequisites(), "prerequisites");
        Competency.Details details = details(form, check);
        check.orThrow();
        var before = competency.auditState();
        competency.revise(details);
        em.lock(competency, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AUDIT_COMPETENCY, competency.getCode(), "REVISED", before, competency.auditState());
        return competency;
    }

    public Competency competency(String code) {
        return findCompetency(code).orElseThrow(() -> new NotFound("No competency with code " + code));
    }

    public Optional<Competency> findCompetency(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM Competency c WHERE c.code = :code", Competency.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }

    public Page<Competency> competencies(PageRequest request) {
        List<Competency> items = em.createQuery("SELECT c FROM Competency c JOIN FETCH c.programme "
                        + "ORDER BY c.programme.title, c.level, c.code", Competency.class)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(c) FROM Competency c", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The competencies about {@code programme}: its practitioner, trainer and supervisor levels. */
    public List<Competency> competenciesAbout(Programme programme) {
        return em.createQuery("SELECT c FROM Competency c WHERE c.programme = :p ORDER BY c.level", Competency.class)
                .setParameter("p", programme).getResultList();
    }

    /** What completing {@code programme} gives: competencies it teaches, and those it renews as a refresher. */
    public List<Competency> leadsTo(Programme programme) {
        return em.createQuery("SELECT c FROM Competency c WHERE c.taughtBy = :p OR c.refresherProgramme = :p "
                + "ORDER BY c.code", Competency.class).setParameter("p", programme).getResultList();
    }

    /** The module of that title the programme teaches now (not retired), if any. */
    public Optional<uk.org.cascade.curriculum.entity.Module> currentModule(String programmeCode, String title) {
        return em.createQuery("SELECT m FROM Module m WHERE m.programme.code = :p AND m.title = :t AND m.retired = false",
                uk.org.cascade.curriculum.entity.Module.class).setParameter("p", programmeCode).setParameter("t", title)
                .getResultStream().findFirst();
    }

    /** Programmes by id, for a page of rows from another context. */
    public List<Programme> programmes(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT p FROM Programme p WHERE p.id IN :ids", Programme.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /**
     * The competency that authorises leading {@code programme}'s cohorts: its own TRAINER competency, or, for
     * a refresher programme, the TRAINER competency of the programme whose competency it renews.
     */
    public Optional<Competency> trainerCompetencyFor(Programme programme) {
        return competencyFor(programme, Level.TRAINER);
    }

    /**
     * The competency an assessor must hold to sign off {@code competency} (the cascade rule): for a practitioner
     * competency, its programme's trainer competency (for a refresher, the renewed programme's); for a trainer
     * or supervisor competency, that same competency.
     */
    public Optional<Competency> signingOffCompetencyFor(Competency competency) {
        return competency.getLevel() == Level.PRACTITIONER ? trainerCompetencyFor(competency.getProgramme())
                : Optional.of(competency);
    }

    /**
     * The programme's own competency at {@code level}, a refresher programme's none: what coverage counts and a
     * supervisor practises. Leading and signing off use {@link #competencyFor}, which follows a refresher.
     */
    public Optional<Competency> ownCompetency(Programme programme, Level level) {
        return competencyAbout(programme, level);
    }

    /** The programme's own competency at {@code level}, else, for a refresher programme, that of the programme it renews. */
    public Optional<Competency> competencyFor(Programme programme, Level level) {
        Optional<Competency> own = competencyAbout(programme, level);
        if (own.isPresent()) {
            return own;
        }
        return renewedBy(programme).stream().map(c -> competencyAbout(c.getProgramme(), level))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Every programme's own competency at {@code level}, by programme title then code, with the programmes it names
     * fetched in the same few queries: coverage asks this on every request, so not one query per programme.
     */
    public List<Competency> ownCompetencies(Level level) {
        return em.createQuery("SELECT c FROM Competency c JOIN FETCH c.programme p WHERE c.level = :l "
                        + "ORDER BY p.title, p.code", Competency.class)
                .setParameter("l", level)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.taughtBy")
                .setHint("eclipselink.batch", "c.refresherProgramme")
                .getResultList();
    }

    private Optional<Competency> competencyAbout(Programme programme, Level level) {
        return em.createQuery("SELECT c FROM Competency c WHERE c.programme = :p AND c.level = :l", Competency.class)
                .setParameter("p", programme).setParameter("l", level).getResultStream().findFirst();
    }

    private List<Competency> renewedBy(Programme programme) {
        return em.createQuery("SELECT c FROM Competency c WHERE c.refresherProgramme = :p ORDER BY c.code",
                Competency.class).setParameter("p", programme).getResultList();
    }

    private Competency.Details details(CompetencyForm form, Validation check) {
        Programme taughtBy = form.taughtByProgrammeCode() == null || form.taughtByProgrammeCode().isBlank() ? null
                : programmeField(form.taughtByProgrammeCode(), "taughtByProgrammeCode", check);
        Programme refresher = form.refresherProgrammeCode() == null || form.refresherProgrammeCode().isBlank() ? null
                : programmeField(form.refresherProgrammeCode(), "refresherProgrammeCode", check);
        Set<Competency> prerequisites = new HashSet<>();
        List<String> codes = form.prerequisites() == null ? List.of() : form.prerequisites();
        for (int i = 0; i < codes.size(); i++) {
            Optional<Competency> prerequisite = findCompetency(codes.get(i));
            check.require(prerequisite.isPresent(), "prerequisites[" + i + "]", "there is no competency with code " + codes.get(i));
            prerequisite.ifPresent(prerequisites::add);
        }
        return new Competency.Details(form.title(), form.description(), form.validityMonths(), taughtBy, refresher,
                form.refresherWindowDays(), prerequisites, form.expiryRule(check));
    }

    private Programme programmeField(String code, String field, Validation check) {
        Optional<Programme> found = findProgramme(code);
        check.require(found.isPresent(), field, "there is no programme with code " + code);
        return found.orElse(null);
    }

    private static List<ModuleSpec> specs(List<ModuleForm> modules) {
        List<ModuleSpec> specs = new ArrayList<>();
        for (int i = 0; modules != null && i < modules.size(); i++) {
            ModuleForm module = modules.get(i);
            if (module == null) {
                throw ValidationFailure.of("modules[" + i + "]", "a module is required here");
            }
            specs.add(module.spec());
        }
        return specs;
    }
}

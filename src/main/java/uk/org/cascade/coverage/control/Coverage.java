package uk.org.cascade.coverage.control;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.coverage.control.CoverageQuery.Area;
import uk.org.cascade.coverage.control.CoverageRule.Staff;
import uk.org.cascade.coverage.entity.CoverageAlert;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.organisation.control.LocalAuthorities;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Coverage as a caller may see it: administrators see England, coordinators their local authorities and
 * regions. Resolves the programme (and its practitioner competency), the day and the area, then reads through
 * {@link CoverageQuery} and {@link TrainedStaff}. Coordinators set the targets of the areas they coordinate.
 */
@ApplicationScoped
public class Coverage {

    /** What a coverage question is about: a programme's practitioner competency, a day and an area. */
    public record Question(Programme programme, Competency practitioner, LocalDate day, Area area) implements Serializable {
    }

    /** One school in depth: its coverage and the staff behind it. */
    public record SchoolDetail(School school, Programme programme, LocalDate day, CoverageStatus status, long trained,
                               int target, List<StaffRow> staff, List<CoverageRule.Reason> reasons) implements Serializable {
    }

    /** A member of staff who holds or held the competency while at the school. */
    public record StaffRow(long personId, String name, LocalDate employedFrom, LocalDate employedUntil,
                           boolean trained, LocalDate competentUntil, boolean leaver) implements Serializable {
    }

    private static final String AUDIT_LA = "LocalAuthority";
    private static final String AUDIT_SCHOOL = "School";

    @PersistenceContext
    EntityManager em;

    @Inject
    LocalAuthorities localAuthorities;

    @Inject
    TrainedStaff trainedStaff;

    @Inject
    Curriculum curriculum;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    public LocalDate today() {
        return today.date();
    }

    /** Programmes whose coverage can be shown: those with a practitioner competency, by title. */
    public List<Programme> programmes() {
        return practitionerCompetencies().stream().map(Competency::getProgramme).toList();
    }

    /**
     * The practitioner competencies a school can be covered for, one per programme that has one of its own, by
     * programme title: a refresher programme renews another's and has no coverage of its own.
     */
    public List<Competency> practitionerCompetencies() {
        return curriculum.ownCompetencies(Level.PRACTITIONER);
    }

    /**
     * The question for {@code programmeCode} (default: the first programme with a practitioner competency),
     * {@code day} (default today) and the optional {@code la}/{@code region} filters within the caller's scope.
     */
    public Question question(UserAccount caller, String programmeCode, LocalDate day, Integer la, String region) {
        requireReader(caller);
        List<Competency> coverable = practitionerCompetencies();
        Competency practitioner;
        if (programmeCode == null || programmeCode.isBlank()) {
            practitioner = coverable.stream().findFirst()
                    .orElseThrow(() -> new NotFound("No programme has a practitioner competency yet"));
        } else {
            String code = programmeCode.strip();
            practitioner = coverable.stream().filter(c -> c.getProgramme().getCode().equals(code)).findFirst()
                    .orElseThrow(() -> curriculum.findProgramme(code).isEmpty()
                            ? ValidationFailure.of("programme", "no programme with code " + code)
                            : ValidationFailure.of("programme", code
                                    + " has no practitioner competency, so no school can be covered for it"));
        }
        return new Question(practitioner.getProgramme(), practitioner, day == null ? today() : day,
                area(caller, la, region));
    }

    /** The local authorities in reach and matching the filters; England when nothing narrows it. */
    Area area(UserAccount caller, Integer la, String region) {
        Optional<Scope> scope = reach(caller);
        Set<Integer> codes = scope.map(this::codesOf).orElse(null);
        if (la != null) {
            LocalAuthority authority = em.find(LocalAuthority.class, la);
            if (authority == null) {
                throw ValidationFailure.of("la", "no local authority with code " + la);
            }
            if (codes != null && !codes.contains(la)) {
                throw new Forbidden("Local authority " + la + " is outside your area");
            }
            codes = Set.of(la);
        }
        if (region != null && !region.isBlank()) {
            Set<Integer> inRegion = localAuthorities.codesIn(List.of(region.strip()));
            if (inRegion.isEmpty()) {
                throw ValidationFailure.of("region", "no region named " + region.strip());
            }
            Set<Integer> narrowed = new HashSet<>(inRegion);
            if (codes != null) {
                narrowed.retainAll(codes);
                if (narrowed.isEmpty() && la == null) {
                    throw new Forbidden("Region " + region.strip() + " is outside your area");
                }
            }
            codes = narrowed;
        }
        return new Area(codes == null ? null : Set.copyOf(codes));
    }

    /** The detail of one school, for callers whose area holds it (else 404: it may not exist for them). */
    public SchoolDetail school(UserAccount caller, int urn, Question question) {
        School school = schoolInReach(caller, urn);
        List<Staff> staff = trainedStaff.staff(urn, question.practitioner().getId());
        LocalDate day = question.day();
        int target = school.effectiveCoverageTarget();
        long trained = staff.stream().filter(s -> CoverageRule.trainedOn(s, day)).count();
        List<StaffRow> rows = staff.stream().map(s -> {
            var current = s.stints().stream().filter(st -> st.covers(day)).findFirst()
                    .or(() -> s.stints().stream().filter(st -> !st.from().isAfter(day))
                            .max(Comparator.comparing(CoverageRule.Stint::from)));
            return new StaffRow(s.personId(), s.name(), current.map(CoverageRule.Stint::from).orElse(null),
                    current.map(CoverageRule.Stint::until).orElse(null), CoverageRule.trainedOn(s, day),
                    heldUntil(s, day), current.map(st -> !st.covers(day)).orElse(false));
        }).filter(r -> r.employedFrom() != null)
                .sorted(Comparator.comparing(StaffRow::leaver).thenComparing(StaffRow::name)).toList();
        CoverageStatus status = CoverageRule.status(staff, target, day);
        return new SchoolDetail(school, question.programme(), day, status, trained, target, rows,
                status == CoverageStatus.AT_RISK ? CoverageRule.reasons(staff, day) : List.of());
    }

    /** Trained staff per programme code on a day, for the school record. */
    public Map<String, Long> trainedStaff(int urn, LocalDate day) {
        return trainedStaff.perProgramme(urn, day);
    }

    @Transactional
    public LocalAuthority setLocalAuthorityTarget(UserAccount caller, int code, Integer target, Long version) {
        requireReader(caller);
        LocalAuthority authority = em.find(LocalAuthority.class, code);
        if (authority == null || reach(caller).map(s -> !s.includes(code, authority.getRegion().getName())).orElse(false)) {
            throw new NotFound("No local authority with code " + code + " in your area");
        }
        Versions.require(version, authority.getVersion(), "local authority " + code);
        Integer before = authority.getCoverageTarget();
        authority.setCoverageTarget(checked(target));
        em.flush();
        audit.record(AUDIT_LA, (long) code, "COVERAGE_TARGET", Map.of("coverageTarget", String.valueOf(before)),
                Map.of("coverageTarget", String.valueOf(target)));
        return authority;
    }

    @Transactional
    public School setSchoolTarget(UserAccount caller, int urn, Integer target, Long version) {
        School school = schoolInReach(caller, urn);
        Versions.require(version, school.getVersion(), "school " + urn);
        Integer before = school.getCoverageTarget();
        school.setCoverageTarget(checked(target));
        em.flush();
        audit.record(AUDIT_SCHOOL, (long) urn, "COVERAGE_TARGET", Map.of("coverageTarget", String.valueOf(before)),
                Map.of("coverageTarget", String.valueOf(target)));
        return school;
    }

    /** Turnover alerts at schools in the caller's area, newest first; {@code openOnly}: not yet acknowledged. */
    public Page<CoverageAlert> alerts(UserAccount caller, boolean openOnly, PageRequest request) {
        requireReader(caller);
        Optional<Scope> scope = reach(caller);
        String where = " WHERE (:open = FALSE OR a.acknowledgedAt IS NULL)" + (scope.isPresent()
                ? " AND (a.school.localAuthority.code IN :las OR a.school.localAuthority.region.name IN :regions)" : "");
        var items = em.createQuery("SELECT a FROM CoverageAlert a JOIN FETCH a.school JOIN FETCH a.programme" + where
                + " ORDER BY a.raisedAt DESC, a.id DESC", CoverageAlert.class).setParameter("open", openOnly);
        var count = em.createQuery("SELECT COUNT(a) FROM CoverageAlert a" + where, Long.class)
                .setParameter("open", openOnly);
        scope.ifPresent(s -> {
            List<Integer> las = s.localAuthorities().isEmpty() ? List.of(-1) : List.copyOf(s.localAuthorities());
            List<String> regions = s.regions().isEmpty() ? List.of("") : List.copyOf(s.regions());
            items.setParameter("las", las).setParameter("regions", regions);
            count.setParameter("las", las).setParameter("regions", regions);
        });
        return new Page<>(items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }

    /** A coordinator (or administrator) has seen the alert; 404 beyond their area. */
    @Transactional
    public CoverageAlert acknowledge(UserAccount caller, long id, Long version) {
        requireReader(caller);
        CoverageAlert alert = em.find(CoverageAlert.class, id);
        if (alert == null || reach(caller).map(s -> !s.includes(alert.getSchool().getLocalAuthority().getCode(),
                alert.getSchool().getLocalAuthority().getRegion().getName())).orElse(false)) {
            throw new NotFound("No coverage alert " + id);
        }
        Versions.require(version, alert.getVersion(), "alert " + id);
        var before = alert.auditState();
        alert.acknowledge(caller.getId(), today.now());
        em.flush();
        audit.record("CoverageAlert", id, "ACKNOWLEDGED", before, alert.auditState());
        return alert;
    }

    /** Local authorities the caller coordinates (all of them for an administrator), by name. */
    public List<LocalAuthority> localAuthorities(UserAccount caller) {
        requireReader(caller);
        Optional<Scope> scope = reach(caller);
        List<LocalAuthority> all = localAuthorities.all();
        return scope.map(s -> all.stream().filter(l -> s.includes(l.getCode(), l.getRegion().getName())).toList())
                .orElse(all);
    }

    School schoolInReach(UserAccount caller, int urn) {
        requireReader(caller);
        School school = em.find(School.class, urn);
        if (school == null || reach(caller).map(s -> !s.includes(school.getLocalAuthority().getCode(),
                school.getLocalAuthority().getRegion().getName())).orElse(false)) {
            throw new NotFound("No school with URN " + urn);
        }
        return school;
    }

    private static Integer checked(Integer target) {
        if (target != null && (target < 1 || target > School.MAX_TARGET)) {
            throw ValidationFailure.of("target", "target must be between 1 and " + School.MAX_TARGET
                    + " trained staff, or empty to inherit");
        }
        return target;
    }

    /** The first day not held, for someone who holds the competency on {@code day}; null otherwise or never. */
    private static LocalDate heldUntil(Staff staff, LocalDate day) {
        return staff.awards().stream().anyMatch(a -> a.covers(day)) ? CoverageRule.heldUntil(staff, day) : null;
    }

    private Set<Integer> codesOf(Scope scope) {
        Set<Integer> codes = new HashSet<>(scope.localAuthorities());
        if (!scope.regions().isEmpty()) {
            codes.addAll(localAuthorities.codesIn(scope.regions()));
        }
        return codes;
    }

    /** Administrators see England; a coordinator their scope. */
    private static Optional<Scope> reach(UserAccount caller) {
        return caller.holds(Role.ADMIN) ? Optional.empty() : Optional.of(caller.scope());
    }

    private static void requireReader(UserAccount caller) {
        if (!caller.holds(Role.ADMIN) && !caller.holds(Role.COORDINATOR)) {
            throw new Forbidden("Coverage is for coordinators and administrators");
        }
    }
}

package uk.org.cascade.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.organisation.control.Teams;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.Team;
import uk.org.cascade.people.control.PersonForms.Ending;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.control.PersonForms.NewPerson;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.EmploymentEnded;
import uk.org.cascade.people.entity.Person;
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

/**
 * People and their employments. Who may see whom is one rule, {@link Reach}: administrators see
 * everyone; a coordinator sees a person when any of their employments is at a school in scope (else
 * 404), and may change only employments at such schools (else 403); everyone else sees only
 * themselves. Every change to an employment is audited.
 */
@ApplicationScoped
public class People {

    static final String AUDIT_PERSON = "Person";
    static final String AUDIT_EMPLOYMENT = "Employment";

    /** Whom a caller may see and change. */
    public record Reach(boolean everyone, Optional<Scope> scope, long self) {

        public static Reach of(UserAccount user) {
            boolean admin = user.holds(Role.ADMIN);
            Optional<Scope> scope = !admin && user.holds(Role.COORDINATOR) ? Optional.of(user.scope()) : Optional.empty();
            return new Reach(admin, scope, user.getPerson().getId());
        }

        boolean mayChange() {
            return everyone || scope.isPresent();
        }

        boolean covers(School school) {
            return everyone || scope.map(s -> s.includes(school.getLocalAuthority().getCode(),
                    school.getLocalAuthority().getRegion().getName())).orElse(false);
        }

        /** A team employment is seen by coordinators of any school the team serves; only admins change one. */
        boolean sees(Employment e) {
            return e.getSchool() != null ? covers(e.getSchool()) : everyone || e.getTeam().servesAnyIn(this::covers);
        }

        /** Whether the caller may end or move this job: a school job in scope, or any job for an administrator. */
        public boolean mayChange(Employment e) {
            return e.getSchool() != null ? covers(e.getSchool()) : everyone;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<EmploymentEnded> ended;

    @Inject
    Today today;

    @Transactional
    public Person create(NewPerson form, Reach reach) {
        requireChanger(reach);
        Validation check = new Validation();
        Person.checkName(check, form.name());
        Person.checkEmail(check, form.email());
        check.require(reach.everyone() || form.employment() != null, "employment",
                "a coordinator adds a person together with their employment at a school in scope");
        check.orThrow();
        if (findByEmail(form.email()).isPresent()) {
            throw UniqueKeys.duplicate("uk_person_email");
        }
        Person person = new Person(form.name(), form.email());
        em.persist(person);
        em.flush();
        audit.record(AUDIT_PERSON, person.getId(), "CREATED", null,
                Map.of("name", person.getName(), "email", person.getEmail()));
        if (form.employment() != null) {
            employ(person, form.employment(), reach);
        }
        return person;
    }

    /** The person who holds a sign-in, to be recorded as an author, assessor or marker. */
    public Person of(UserAccount account) {
        return em.getReference(Person.class, account.getPerson().getId());
    }

    public Person find(long id, Reach reach) {
        Person person = em.find(Person.class, id);
        if (person == null || !sees(person, reach)) {
            throw new NotFound("No person with id " + id);
        }
        return person;
    }

    /** People whose name or email contains {@code text}, among those the caller sees, by name. */
    public Page<Person> search(String text, Reach reach, PageRequest request) {
        requireChanger(reach);
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        String where = " WHERE (:q IS NULL OR LOWER(p.name) LIKE :q OR p.email LIKE :q)"
                + (reach.everyone() ? "" : " AND (EXISTS (SELECT e FROM Employment e JOIN e.school s JOIN s.localAuthority l "
                + "WHERE e.person = p AND (l.code IN :las OR l.region.name IN :regions)) OR EXISTS (SELECT e2 FROM "
                + "Employment e2 JOIN e2.team t JOIN t.schools ts JOIN ts.localAuthority tl WHERE e2.person = p "
                + "AND (tl.code IN :las OR tl.region.name IN :regions)))");
        TypedQuery<Person> items = em.createQuery("SELECT p FROM Person p" + where + " ORDER BY p.name, p.id", Person.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("q", like);
            reach.scope().ifPresent(s -> q.setParameter("las", s.localAuthorities().isEmpty() ? List.of(-1)
                    : List.copyOf(s.localAuthorities())).setParameter("regions", s.regions().isEmpty() ? List.of("")
                    : List.copyOf(s.regions())));
        }
        List<Person> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** The person's employments that are current today, earliest first. */
    public List<Employment> currentEmployments(Person person) {
        return currentEmployments(List.of(person)).getOrDefault(person.getId(), List.of());
    }

    /** Current employments of a page of people in one query, by person id. */
    public Map<Long, List<Employment>> currentEmployments(List<Person> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Employment e LEFT JOIN FETCH e.school LEFT JOIN FETCH e.team "
                        + "WHERE e.person IN :persons "
                        + "AND e.startDate <= :today AND (e.endDate IS NULL OR e.endDate >= :today) "
                        + "ORDER BY e.startDate, e.id", Employment.class)
                .setParameter("persons", persons).setParameter("today", today.date())
                .getResultStream()
                .collect(Collectors.groupingBy(e -> e.getPerson().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public Employment addEmployment(long personId, NewEmployment form, Reach reach) {
        requireChanger(reach);
        return employ(find(personId, reach), form, reach);
    }

    @Transactional
    public Employment end(long personId, long employmentId, Ending form, Reach reach) {
        return end(changeable(personId, employmentId, reach), form);
    }

    /** The person's employment, when the caller may see the person (else 404) and change the job (else 403). */
    Employment changeable(long personId, long employmentId, Reach reach) {
        requireChanger(reach);
        Person person = find(personId, reach);
        Employment employment = em.find(Employment.class, employmentId);
        if (employment == null || !employment.getPerson().getId().equals(person.getId())) {
            throw new NotFound("No employment " + employmentId + " for person " + personId);
        }
        if (!reach.mayChange(employment)) {
            throw new Forbidden(employment.getSchool() == null ? "Team employments are recorded by administrators"
                    : "That employment is at a school outside your scope");
        }
        return employment;
    }

    Employment end(Employment employment, Ending form) {
        if (form == null) {
            throw ValidationFailure.of("endDate", "endDate is required (YYYY-MM-DD)");
        }
        if (form.version() != null) {
            Versions.require(form.version(), employment.getVersion(), "employment");
        }
        return endEmployment(employment, PersonForms.date("endDate", form.endDate()), form.reason());
    }

    /** A leaver: ends the employment and audits it. The reason is free text, so it may not name a child or family. */
    Employment endEmployment(Employment employment, LocalDate endDate, String reason) {
        Validation check = new Validation();
        ChildIdentifiers.check(check, "reason", "The reason", reason, today.date());
        check.orThrow();
        var before = employment.auditState();
        employment.end(endDate, reason);
        em.flush();
        audit.record(AUDIT_EMPLOYMENT, employment.getId(), "ENDED", before, employment.auditState());
        if (employment.getSchool() != null) {
            ended.fire(new EmploymentEnded(employment.getId(), employment.getPerson().getId(),
                    employment.getSchool().getUrn(), endDate));
        }
        return employment;
    }

    String workplaceName(int schoolUrn) {
        School school = em.find(School.class, schoolUrn);
        return school == null ? Integer.toString(schoolUrn) : school.getName();
    }

    /** The person with this email, creating (and auditing) them when new. */
    Person findOrCreate(String name, String email) {
        Optional<Person> known = findByEmail(email);
        if (known.isPresent()) {
            return known.get();
        }
        Person person = new Person(name, email);
        em.persist(person);
        em.flush();
        audit.record(AUDIT_PERSON, person.getId(), "CREATED", null, Map.of("name", person.getName(), "email", person.getEmail()));
        return person;
    }

    /**
     * The employment a roster row means: the one at that school with that start date, else the one
     * there that has not ended.
     */
    Optional<Employment> employmentAt(Person person, int schoolUrn, LocalDate start) {
        List<Employment> there = employments(person).stream()
                .filter(e -> e.getSchool() != null && e.getSchool().getUrn() == schoolUrn).toList();
        return there.stream().filter(e -> e.getStartDate().equals(start)).findFirst()
                .or(() -> there.stream().filter(e -> e.getEndDate() == null).findFirst());
    }

    Employment employ(Person person, NewEmployment form, Reach reach) {
        boolean byTeam = form.teamCode() != null && !form.teamCode().isBlank();
        if (byTeam == (form.schoolUrn() != null)) {
            throw ValidationFailure.of("schoolUrn", "give either a schoolUrn or a teamCode");
        }
        LocalDate start = PersonForms.date("startDate", form.startDate());
        LocalDate end = PersonForms.date("endDate", form.endDate());
        Employment employment;
        if (byTeam) {
            Team team = teams.find(form.teamCode().strip())
                    .orElseThrow(() -> ValidationFailure.of("teamCode", "there is no team with code " + form.teamCode()));
            if (!reach.everyone()) {
                throw new Forbidden("Team employments are recorded by administrators");
            }
            employment = new Employment(person, team, form.jobTitle(), start, end);
        } else {
            School school = em.find(School.class, form.schoolUrn());
            if (school == null) {
                throw ValidationFailure.of("schoolUrn", "there is no school with URN " + form.schoolUrn());
            }
            if (!reach.covers(school)) {
                throw new Forbidden("School " + school.getUrn() + " is outside your scope");
            }
            employment = new Employment(person, school, form.jobTitle(), start, end);
        }
        // One employment change per person at a time, so two overlapping requests cannot both pass the check.
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        for (Employment other : employments(person)) {
            if (other.overlaps(employment)) {
                throw ValidationFailure.of("startDate", "this overlaps employment " + other.getId() + " at "
                        + other.getWorkplace() + " (from " + other.getStartDate()
                        + (other.getEndDate() == null ? ", not ended" : " to " + other.getEndDate()) + ")");
            }
        }
        em.persist(employment);
        em.flush();
        audit.record(AUDIT_EMPLOYMENT, employment.getId(), "STARTED", null, employment.auditState());
        return employment;
    }

    /** Joiners and leavers per school in the period (both ends included), among the schools the caller reaches. */
    public List<Turnover> turnover(TurnoverPeriod period, Reach reach) {
        requireChanger(reach);
        String scope = reach.everyone() ? "" : " AND (l.code IN :las OR l.region.name IN :regions)";
        var query = em.createQuery("SELECT s.urn, s.name, l.name, "
                + "SUM(CASE WHEN e.startDate BETWEEN :from AND :to THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e.endDate BETWEEN :from AND :to THEN 1 ELSE 0 END) "
                + "FROM Employment e JOIN e.school s JOIN s.localAuthority l "
                + "WHERE (e.startDate BETWEEN :from AND :to OR e.endDate BETWEEN :from AND :to)" + scope
                + " GROUP BY s.urn, s.name, l.name ORDER BY l.name, s.name", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to());
        reach.scope().ifPresent(sc -> query.setParameter("las", sc.localAuthorities().isEmpty() ? List.of(-1)
                : List.copyOf(sc.localAuthorities())).setParameter("regions", sc.regions().isEmpty() ? List.of("")
                : List.copyOf(sc.regions())));
        return query.getResultStream().map(r -> new Turnover((Integer) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** One school's turnover in a period. */
    public record Turnover(int urn, String school, String localAuthority, long joiners, long leavers) {
    }

    /** All of a person's employments, earliest first: their timeline. */
    public List<Employment> timeline(Person person) {
        return employments(person);
    }

    private List<Employment> employments(Person person) {
        return em.createQuery("SELECT e FROM Employment e LEFT JOIN FETCH e.school LEFT JOIN FETCH e.team "
                        + "WHERE e.person = :p ORDER BY e.startDate, e.id",
                Employment.class).setParameter("p", person).getResultList();
    }

    private boolean sees(Person person, Reach reach) {
        if (reach.everyone() || person.getId() == reach.self()) {
            return true;
        }
        return reach.scope().isPresent() && employments(person).stream().anyMatch(reach::sees);
    }

    /** Names by person id, for a page of rows from another context. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.id, p.name FROM Person p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public Optional<Person> findByEmail(String email) {
        return em.createQuery("SELECT p FROM Person p WHERE p.email = :e", Person.class)
                .setParameter("e", Person.normaliseEmail(email)).getResultStream().findFirst();
    }

    static void requireChanger(Reach reach) {
        if (!reach.mayChange()) {
            throw new Forbidden("Only administrators and coordinators record people and employments");
        }
    }
}

package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;
import uk.org.cascade.supervision.control.SupervisionPolicy.Proposal;
import uk.org.cascade.supervision.entity.Format;
import uk.org.cascade.supervision.entity.Mode;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/**
 * A log form read into what a log records, for logging and revising: fields parsed, the caller allowed to log
 * for that supervisor, the programme named or the one that fits, and every {@link SupervisionPolicy} rule met.
 */
@ApplicationScoped
public class LogDetails {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupervisionFacts facts;

    @Inject
    SupervisionThemes themeList;

    @Inject
    Today today;

    /** The details a log records, from its form; 422 naming the field for bad input, 403 when the caller may not log them. */
    SupervisionLog.Details read(LogForm form, UserAccount caller) {
        Validation check = new Validation();
        LocalDate date = check.date(form.date(), "date");
        check.require(form.date() != null && !form.date().isBlank(), "date", "date is required (YYYY-MM-DD)")
                .require(form.supervisorId() != null, "supervisorId", "supervisorId is required")
                .require(form.minutes() != null, "minutes", "minutes is required (1 to 480)")
                .require(form.familiesDiscussed() != null, "familiesDiscussed", "familiesDiscussed is required (a count, 0 or more)")
                .require(form.supervisees() != null && !form.supervisees().isEmpty(), "supervisees",
                        "choose at least one supervisee")
                .require(form.supervisees() == null || form.supervisees().stream().noneMatch(Objects::isNull),
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
                    check.add(Violation.field("schools", "schools maps a supervisee's person id "
                            + "to a school URN"));
                }
            });
        }
        Set<SupervisionTheme> themes = new LinkedHashSet<>();
        List<String> themeNames = form.themes() == null ? List.of() : form.themes();
        for (int i = 0; i < themeNames.size(); i++) {
            String name = themeNames.get(i);
            Optional<SupervisionTheme> theme = name == null ? Optional.empty() : themeList.named(name.strip())
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
        SupervisionPolicy.check(proposal, facts, today.date()).forEach(check::add);
        check.orThrow();
        Map<Person, School> where = new LinkedHashMap<>();
        for (Long id : superviseeIds) {
            int urn = SupervisionPolicy.schoolFor(facts.schoolsOn(id, date), schools.get(id)).orElseThrow();
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
        if (!SupervisionPolicy.supervises(caller)) {
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
            return facts.programme(code.strip())
                    .orElseThrow(() -> ValidationFailure.of("programmeCode", "there is no programme with code " + code));
        }
        List<Programme> practised = new ArrayList<>();
        List<Programme> fits = new ArrayList<>();
        for (Programme p : facts.programmes()) {
            Optional<Competency> practitioner = facts.competency(p, Level.PRACTITIONER);
            if (practitioner.isEmpty() || facts.holders(supervisees, practitioner.get(), date).size() != supervisees.size()) {
                continue;
            }
            practised.add(p);
            if (SupervisionPolicy.maySupervise(supervisorId, p, date, facts)) {
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
}

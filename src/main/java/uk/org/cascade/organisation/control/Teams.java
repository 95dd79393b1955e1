package uk.org.cascade.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.Team;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.security.entity.Scope;

/** Provider teams and the schools they serve. Administrators record them; a coordinator sees those serving their schools. */
@ApplicationScoped
public class Teams {

    /** A team as sent and answered. */
    public record TeamForm(String code, String name, List<Integer> schoolUrns, Long version) {

        @JsonbCreator
        public TeamForm {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public Team create(TeamForm form) {
        Set<School> schools = schools(form.schoolUrns());
        if (find(form.code()).isPresent()) {
            throw UniqueKeys.duplicate("uk_team_code");
        }
        Team team = new Team(form.code(), form.name(), schools);
        em.persist(team);
        em.flush();
        audit.record("Team", team.getCode(), "CREATED", null, team.auditState());
        return team;
    }

    @Transactional
    public Team change(String code, TeamForm form) {
        Team team = find(code).orElseThrow(() -> new NotFound("No team with code " + code));
        Versions.require(form.version(), team.getVersion(), "team");
        // The schools served are replaced: leaving them out would silently unlink every one.
        new Validation().present(form.schoolUrns(), "schoolUrns").orThrow();
        var before = team.auditState();
        team.change(form.name(), schools(form.schoolUrns()));
        em.flush();
        audit.record("Team", team.getCode(), "CHANGED", before, team.auditState());
        return team;
    }

    /** The team, unless it serves none of a coordinator's schools (then not found). */
    public Team get(String code, Optional<Scope> reach) {
        return find(code).filter(t -> reach.map(s -> t.servesAnyIn(school -> s.includes(
                        school.getLocalAuthority().getCode(), school.getLocalAuthority().getRegion().getName())))
                        .orElse(true))
                .orElseThrow(() -> new NotFound("No team with code " + code));
    }

    /** The team with this code, if any. */
    public Optional<Team> find(String code) {
        return em.createQuery("SELECT t FROM Team t WHERE t.code = :code", Team.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private Set<School> schools(List<Integer> urns) {
        Validation check = new Validation();
        Set<School> schools = new HashSet<>();
        for (Integer urn : urns == null ? List.<Integer>of() : urns) {
            School school = urn == null ? null : em.find(School.class, urn);
            check.require(school != null, "schoolUrns", "there is no school with URN " + urn);
            if (school != null) {
                schools.add(school);
            }
        }
        check.orThrow();
        return schools;
    }

    public static void required(Object form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
    }
}

package uk.org.cascade.refresher.control;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.refresher.control.Ladder.StepForm;
import uk.org.cascade.refresher.entity.LadderStep;
import uk.org.cascade.refresher.entity.ReminderLadder;
import uk.org.cascade.refresher.entity.ReminderStep;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** Each competency's reminder ladder: its own when an administrator set one, else {@link Ladder#DEFAULT}. */
@ApplicationScoped
public class ReminderLadders {

    static final String AUDIT_TYPE = "ReminderLadder";

    /** A competency's ladder as it stands, with the version a change must carry (0 while it uses the default). */
    public record Current(Competency competency, Ladder ladder, boolean usesDefault, long version) {
    }

    /** A change: every step of the new ladder, and the version it was based on. */
    public record LadderForm(List<StepForm> steps, Long version) {

        @JsonbCreator
        public LadderForm {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Curriculum curriculum;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** The ladder of the competency with that code; {@code NotFound} when there is none. */
    public Current current(String code) {
        Competency competency = curriculum.competency(code);
        Optional<ReminderLadder> own = stored(competency.getId());
        return new Current(competency, own.map(l -> new Ladder(steps(l))).orElse(Ladder.DEFAULT), own.isEmpty(),
                own.map(ReminderLadder::getVersion).orElse(0L));
    }

    /** The ladder of one competency. */
    public Ladder of(long competencyId) {
        return stored(competencyId).map(l -> new Ladder(steps(l))).orElse(Ladder.DEFAULT);
    }

    /** Every competency's own ladder, by competency id; those not here use the default. */
    public Map<Long, Ladder> own() {
        Map<Long, List<LadderStep>> byCompetency = new HashMap<>();
        em.createQuery("SELECT s FROM ReminderStep s JOIN FETCH s.ladder", ReminderStep.class).getResultList()
                .forEach(s -> byCompetency.computeIfAbsent(s.getLadder().getCompetency().getId(), k -> new ArrayList<>())
                        .add(s.step()));
        Map<Long, Ladder> ladders = new HashMap<>();
        byCompetency.forEach((id, steps) -> ladders.put(id, new Ladder(steps)));
        return ladders;
    }

    /**
     * Replaces a competency's ladder (administrators only): every step at once, checked as {@link Ladder#of} says;
     * a stale version is a conflict. Audited with the steps before and after.
     */
    @Transactional
    public Current set(String code, LadderForm form, UserAccount caller) {
        if (!caller.holds(Role.ADMIN)) {
            throw new Forbidden("Only administrators change a competency's reminder ladder");
        }
        Competency competency = curriculum.competency(code);
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required: {\"steps\":[…],\"version\":n}");
        }
        Ladder ladder = Ladder.of(form.steps());
        // The row lock orders two concurrent changes; the version check then refuses the later one.
        Optional<ReminderLadder> own = stored(competency.getId()).map(l -> em.find(ReminderLadder.class, l.getId(),
                LockModeType.PESSIMISTIC_WRITE));
        Versions.require(form.version(), own.map(ReminderLadder::getVersion).orElse(0L), "reminder ladder");
        Object before = auditState(own.map(l -> new Ladder(steps(l))).orElse(Ladder.DEFAULT), own.isEmpty());
        ReminderLadder stored;
        if (own.isPresent()) {
            stored = own.get();
            em.createQuery("DELETE FROM ReminderStep s WHERE s.ladder = :l").setParameter("l", stored).executeUpdate();
            stored.changed(today.now());
        } else {
            stored = new ReminderLadder(competency, today.now());
            em.persist(stored);
        }
        em.flush();
        for (LadderStep step : ladder.steps()) {
            em.persist(new ReminderStep(stored, step));
        }
        em.flush();
        audit.record(AUDIT_TYPE, competency.getCode(), own.isPresent() ? "CHANGED" : "CREATED", before,
                auditState(ladder, false));
        return new Current(competency, ladder, false, stored.getVersion());
    }

    private Optional<ReminderLadder> stored(long competencyId) {
        return em.createQuery("SELECT l FROM ReminderLadder l WHERE l.competency.id = :c", ReminderLadder.class)
                .setParameter("c", competencyId).getResultStream().findFirst();
    }

    private List<LadderStep> steps(ReminderLadder ladder) {
        return em.createQuery("SELECT s FROM ReminderStep s WHERE s.ladder = :l", ReminderStep.class)
                .setParameter("l", ladder).getResultList().stream().map(ReminderStep::step).toList();
    }

    private static Map<String, Object> auditState(Ladder ladder, boolean usesDefault) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("usesDefault", usesDefault);
        state.put("steps", ladder.steps().stream().map(LadderStep::words).toList());
        return state;
    }
}

package uk.org.cascade.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;

/** {@link CohortWorld} for tests of other contexts: a programme, trainers, learners and a Norfolk cohort. */
public final class CohortWorldAccess {

    private final CohortWorld world;

    public CohortWorldAccess(Api api) {
        world = new CohortWorld(api);
    }

    public String programme() {
        return world.programme;
    }

    public Caller trainer(LocalDate certifiedFrom) {
        return world.trainer(certifiedFrom);
    }

    public Caller user(String role) {
        return world.user(role);
    }

    public long personId(Caller caller) {
        return world.personId(caller);
    }

    public long learnerAtNorfolkSchool() {
        return world.learner(CohortWorld.NORFOLK_SCHOOL).id();
    }

    public long learnerAtLondonSchool() {
        return world.learner(CohortWorld.LONDON_SCHOOL).id();
    }

    /** An open Norfolk cohort led by the trainer, sessions tomorrow and next week. */
    public long cohort(Caller trainer, long trainerId) {
        return world.cohort(trainer, trainerId, 10, later(1), later(7)).getJsonNumber("id").longValue();
    }

    /** An open Norfolk cohort already under way: its sessions were yesterday and earlier today, so can be attended. */
    public long cohortUnderWay(Caller trainer, long trainerId) {
        Instant now = Instant.now();
        return world.cohort(trainer, trainerId, 10, now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString(),
                now.minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES).toString()).getJsonNumber("id").longValue();
    }

    public Answer tryCohort(Caller by, long trainerId) {
        return world.api.post("/api/v1/cohorts", "{\"programmeCode\":\"" + world.programme + "\",\"title\":\"Led\","
                + "\"capacity\":5,\"leadTrainerIds\":[" + trainerId + "],\"status\":\"OPEN\",\"localAuthority\":926,"
                + "\"sessions\":[" + CohortWorld.session(later(1), world.liveOne) + "]}", by);
    }

    /** Someone employed at {@code school} since 2024: their id and email. */
    public record Learner(long id, String email) {
    }

    public Learner learnerAt(int school) {
        CohortWorld.Someone someone = world.learner(school);
        return new Learner(someone.id(), someone.email());
    }

    /** The programme's self-paced module ("Reading"). */
    public long selfPacedModule() {
        return world.selfPaced;
    }

    public Answer enrol(long cohort, long person) {
        return world.enrol(cohort, person, CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN);
    }

    public long practitionerCompetency() {
        return world.practitionerCompetency;
    }

    public long trainerCompetency() {
        return world.trainerCompetency;
    }

    /** The programme's SUPERVISOR competency ({@code <programme>-S}), created on first use. */
    public long supervisorCompetency() {
        if (supervisorCompetency == null) {
            Answer c = world.api.post("/api/v1/competencies", "{\"code\":\"" + world.programme + "-S\",\"title\":\""
                    + world.programme + "-S\",\"level\":\"SUPERVISOR\",\"validityMonths\":24,\"programmeCode\":\""
                    + world.programme + "\"}", Caller.ADMIN);
            if (c.status() != 201) {
                throw new AssertionError(c.body());
            }
            supervisorCompetency = c.json().getJsonNumber("id").longValue();
        }
        return supervisorCompetency;
    }

    /** A sign-off held from {@code from} for 24 months, assessed by {@code assessorId}, written to the database. */
    public void signOff(long personId, long competencyId, LocalDate from, long assessorId) {
        world.signOff(personId, competencyId, from, assessorId);
    }

    /** A learner who can sign in, employed at a Norfolk school (990101) since 2024. */
    public Caller learnerLoginAtNorfolkSchool() {
        return world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
    }

    private Long supervisorCompetency;

    private static String later(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS).toString();
    }
}

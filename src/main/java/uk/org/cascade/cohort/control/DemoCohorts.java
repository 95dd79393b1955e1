package uk.org.cascade.cohort.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.DemoWorld;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Demo cohorts, dated around today so the demo always has a running cohort with attendance and one with a
 * waiting list. The demo trainer's certification is recorded as the external sign-off that roots the cascade.
 */
@ApplicationScoped
public class DemoCohorts {

    /** The resource's shape. */
    public record Demo(List<DemoSignOff> signOffs, List<DemoCohort> cohorts) {

        @JsonbCreator
        public Demo {
        }
    }

    public record DemoSignOff(String email, String competency, String assessor, int daysAgo, String evidence,
                              boolean external) {

        @JsonbCreator
        public DemoSignOff {
        }
    }

    public record DemoCohort(String programme, String title, int capacity, Integer localAuthority, List<String> trainers,
                             List<DemoSession> sessions, List<DemoEnrolment> enrolments, List<DemoMark> attendance,
                             List<DemoModule> selfPaced) {

        @JsonbCreator
        public DemoCohort {
        }
    }

    /** {@code day}: days from today; {@code modules}: positions in the programme, from 1. */
    public record DemoSession(int day, String start, int hours, String location, String link, List<Integer> modules) {

        @JsonbCreator
        public DemoSession {
        }
    }

    public record DemoEnrolment(String email, int urn) {

        @JsonbCreator
        public DemoEnrolment {
        }
    }

    /** {@code session}: its position in the cohort, from 1. */
    public record DemoMark(String email, int session, String status) {

        @JsonbCreator
        public DemoMark {
        }
    }

    public record DemoModule(String email, int module) {

        @JsonbCreator
        public DemoModule {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Accounts accounts;

    @Inject
    CohortCompletion completion;

    @Inject
    Enrolments enrolments;

    @Inject
    CohortPlanning planning;

    @Inject
    AttendanceRegister register;

    @Inject
    Curriculum curriculum;

    @Inject
    SignOffs signOffs;

    @Inject
    Today today;

    void loadCohorts(@Observes @Priority(DemoWorld.COHORTS) DemoWorld world) {
        if (world.needs(DemoWorld.COHORTS_LOADED)) {
            load(world.read("cohorts-demo.json", Demo.class));
            world.loaded(DemoWorld.COHORTS_LOADED, "Loaded demo cohorts");
        }
    }

    void loadRefreshers(@Observes @Priority(DemoWorld.REFRESHER_COHORTS) DemoWorld world) {
        if (world.needs(DemoWorld.REFRESHERS_LOADED)) {
            load(world.read("refreshers-demo.json", Demo.class));
            world.loaded(DemoWorld.REFRESHERS_LOADED, "Loaded demo refreshers");
        }
    }

    /** Loads the demo in the caller's transaction. */
    public void load(Demo demo) {
        LocalDate today = this.today.date();
        UserAccount admin = accounts.demoAdministrator();
        for (DemoSignOff s : demo.signOffs()) {
            signOffs.record(new SignOffs.SignOffForm(person(s.email()).getId(), s.competency(), person(s.assessor()).getId(),
                    today.minusDays(s.daysAgo()).toString(), "COMPETENT", s.evidence(), null, s.external()), admin);
        }
        CohortReach everything = new CohortReach(true, admin.getPerson().getId(), Optional.empty(), false);
        for (DemoCohort c : demo.cohorts()) {
            Programme programme = curriculum.programme(c.programme());
            List<Module> modules = programme.currentModules();
            List<SessionForm> sessions = c.sessions().stream().map(s -> {
                LocalDate day = today.plusDays(s.day());
                // Training happens on school days.
                while (day.getDayOfWeek().getValue() > 5) {
                    day = day.plusDays(1);
                }
                var start = day.atTime(LocalTime.parse(s.start()));
                return new SessionForm(start.toString(), start.plus(Duration.ofHours(s.hours())).toString(), s.location(),
                        s.link(), s.modules().stream().map(p -> modules.get(p - 1).getId()).toList());
            }).toList();
            Cohort cohort = planning.create(new CohortForm(c.programme(), c.title(), c.capacity(),
                    c.trainers().stream().map(e -> person(e).getId()).toList(), "OPEN", c.localAuthority(), sessions, null),
                    everything);
            Map<String, Long> enrolled = new HashMap<>();
            for (DemoEnrolment e : c.enrolments()) {
                Enrolment enrolment = enrolments.enrol(cohort.getId(), new EnrolmentForm(person(e.email()).getId(), e.urn()), everything);
                enrolled.put(e.email(), enrolment.getId());
            }
            List<Session> planned = cohort.getSessions();
            Map<Long, List<Mark>> marks = new HashMap<>();
            for (DemoMark m : c.attendance()) {
                marks.computeIfAbsent(planned.get(m.session() - 1).getId(), k -> new ArrayList<>())
                        .add(new Mark(enrolled.get(m.email()), m.status()));
            }
            if (!marks.isEmpty()) {
                register.record(cohort.getId(), marks, everything, person(c.trainers().get(0)));
            }
            for (DemoModule m : c.selfPaced()) {
                // Self-paced work is marked done by the learner themselves, as in the app.
                CohortReach learner = new CohortReach(false, person(m.email()).getId(), Optional.empty(), false);
                completion.completeModule(enrolled.get(m.email()), modules.get(m.module() - 1).getId(), learner);
            }
        }
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> new IllegalStateException("No demo person " + email));
    }
}

package uk.org.cascade.supervision.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.DemoWorld;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;

/**
 * Demo supervision, dated around today: the demo supervisor's certification, two more practitioners, a group
 * log by the demo trainer and an individual one by the demo supervisor. Tom Baker, signed off months ago and
 * never supervised, is overdue.
 */
@ApplicationScoped
public class DemoSupervision {

    /** The resource's shape. */
    public record Demo(List<DemoSignOff> signOffs, List<DemoLog> logs) {

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

    public record DemoLog(String supervisor, int daysAgo, List<String> supervisees, String format, String mode, int minutes,
                          int familiesDiscussed, List<String> themes, String themeNotes, Boolean safeguardingConcern,
                          String safeguardingAction, Integer nextDateInDays) {

        @JsonbCreator
        public DemoLog {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Accounts accounts;

    @Inject
    SignOffs signOffs;

    @Inject
    Supervision supervision;

    @Inject
    Today today;

    void load(@Observes @Priority(DemoWorld.SUPERVISION) DemoWorld world) {
        if (world.needs(DemoWorld.SUPERVISION_LOADED)) {
            load(world.read("supervision-demo.json", Demo.class));
            world.loaded(DemoWorld.SUPERVISION_LOADED, "Loaded demo supervision");
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
        for (DemoLog l : demo.logs()) {
            UserAccount supervisor = account(l.supervisor());
            LocalDate date = today.minusDays(l.daysAgo());
            supervision.log(new LogForm(date.toString(), supervisor.getPerson().getId(),
                    l.supervisees().stream().map(e -> person(e).getId()).toList(), l.format(), l.mode(), l.minutes(),
                    l.familiesDiscussed(), l.themes(), Boolean.TRUE.equals(l.safeguardingConcern()), l.safeguardingAction(),
                    l.nextDateInDays() == null ? null : today.plusDays(l.nextDateInDays()).toString(), l.themeNotes(),
                    "PLCBT-STAFF", Map.of(), null), supervisor);
        }
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> new IllegalStateException("No demo person " + email));
    }

    private UserAccount account(String email) {
        return accounts.byEmail(email).orElseThrow(() -> new IllegalStateException("No demo sign-in " + email));
    }
}

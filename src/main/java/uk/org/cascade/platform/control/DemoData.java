package uk.org.cascade.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.cohort.control.DemoCohorts;
import uk.org.cascade.learning.control.DemoModules;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.organisation.control.GiasImport;
import uk.org.cascade.organisation.control.ImdImport;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.RosterImport;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.security.control.ScopeView;
import uk.org.cascade.people.control.UserForm;
import uk.org.cascade.people.control.Users;

/**
 * A small believable world for trying Cascade out, loaded once when the launcher runs the embedded
 * database, through the same imports a real deployment uses: schools from a GIAS file, deprivation
 * from an IMD file, staff from a roster, the demo sign-ins, and the parent-led CBT curriculum. Never
 * loaded when {@code CASCADE_DB_URL} is set.
 */
@Startup
@Singleton(name = "DemoData")
@DependsOn({"Migrations", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    static final String LOADED = "demo-data.loaded-at";
    /** Its own flag, so that a demo database loaded before the curriculum existed gets it on the next start. */
    static final String CURRICULUM_LOADED = "demo-data.curriculum.loaded-at";
    static final String COHORTS_LOADED = "demo-data.cohorts.loaded-at";
    /** Practitioners whose refresher window is open or opening, and a Norfolk refresher cohort with too few places. */
    static final String REFRESHERS_LOADED = "demo-data.refreshers.loaded-at";
    static final String SUPERVISION_LOADED = "demo-data.supervision.loaded-at";
    static final String MODULES_LOADED = "demo-data.modules.loaded-at";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The sign-ins resource's shape. */
    public record DemoUsers(List<UserData> users) {

        @JsonbCreator
        public DemoUsers {
        }
    }

    /** The curriculum resource's shape: programmes first, then the competencies about them, prerequisites first. */
    public record DemoCurriculum(List<ProgrammeForm> programmes, List<CompetencyForm> competencies) {

        @JsonbCreator
        public DemoCurriculum {
        }
    }

    public record UserData(String email, String name, String password, List<String> roles, ScopeView scope) {

        @JsonbCreator
        public UserData {
        }
    }

    @Inject
    @ConfigProperty(name = "cascade.demo-data", defaultValue = "false")
    boolean wanted;

    @Inject
    Settings settings;

    @Inject
    Users users;

    @Inject
    GiasImport gias;

    @Inject
    ImdImport imd;

    @Inject
    RosterImport roster;

    @Inject
    Curriculum curriculum;

    @Inject
    DemoCohorts demoCohorts;

    @Inject
    uk.org.cascade.supervision.control.DemoSupervision demoSupervision;

    @Inject
    DemoModules demoModules;

    @Inject
    Today today;

    @PostConstruct
    void loadOnce() {
        if (!wanted || System.getenv("CASCADE_DB_URL") != null) {
            return;
        }
        DemoUsers demo = read("demo-users.json", DemoUsers.class);
        if (settings.get(LOADED).isEmpty()) {
            try {
                expectNoProblems("gias-demo.csv", withResource("gias-demo.csv", f -> gias.run(f, false).rejected()));
                expectNoProblems("imd-demo.csv", withResource("imd-demo.csv", f -> imd.run(f, false).rejected()));
                for (UserData u : demo.users()) {
                    if (users.findByEmail(u.email()).isEmpty()) {
                        users.create(new UserForm(u.email(), u.name(), u.password(), u.roles(), u.scope(), null));
                    }
                }
                Reach everyone = new Reach(true, Optional.empty(), -1);
                expectNoProblems("roster-demo.csv", withResource("roster-demo.csv", f -> roster.run(f, false, everyone).rejected()));
            } catch (IOException e) {
                throw new IllegalStateException("The demo data could not be loaded", e);
            }
            settings.put(LOADED, today.now().toString());
            LOG.info("Loaded demo data");
        }
        if (settings.get(CURRICULUM_LOADED).isEmpty()) {
            DemoCurriculum demoCurriculum = read("curriculum-demo.json", DemoCurriculum.class);
            demoCurriculum.programmes().stream().filter(p -> curriculum.findProgramme(p.code()).isEmpty())
                    .forEach(curriculum::createProgramme);
            demoCurriculum.competencies().stream().filter(c -> curriculum.findCompetency(c.code()).isEmpty())
                    .forEach(curriculum::createCompetency);
            settings.put(CURRICULUM_LOADED, today.now().toString());
            LOG.info("Loaded demo curriculum");
        }
        if (settings.get(COHORTS_LOADED).isEmpty()) {
            demoCohorts.load(read("cohorts-demo.json", DemoCohorts.Demo.class));
            settings.put(COHORTS_LOADED, today.now().toString());
            LOG.info("Loaded demo cohorts");
        }
        if (settings.get(REFRESHERS_LOADED).isEmpty()) {
            try {
                expectNoProblems("refresher-roster-demo.csv", withResource("refresher-roster-demo.csv",
                        f -> roster.run(f, false, new Reach(true, Optional.empty(), -1)).rejected()));
            } catch (IOException e) {
                throw new IllegalStateException("The demo refreshers could not be loaded", e);
            }
            demoCohorts.load(read("refreshers-demo.json", DemoCohorts.Demo.class));
            settings.put(REFRESHERS_LOADED, today.now().toString());
            LOG.info("Loaded demo refreshers");
        }
        if (settings.get(SUPERVISION_LOADED).isEmpty()) {
            demoSupervision.load(read("supervision-demo.json", uk.org.cascade.supervision.control.DemoSupervision.Demo.class));
            settings.put(SUPERVISION_LOADED, today.now().toString());
            LOG.info("Loaded demo supervision");
        }
        if (settings.get(MODULES_LOADED).isEmpty()) {
            demoModules.load(read("modules-demo.json", DemoModules.Demo.class));
            settings.put(MODULES_LOADED, today.now().toString());
            LOG.info("Loaded demo module content");
        }
        StringBuilder logins = new StringBuilder("Demo logins (demo data only, documented in the README):");
        for (UserData u : demo.users()) {
            logins.append("\n  ").append(String.join(", ", u.roles())).append(": ")
                    .append(u.email()).append(" / ").append(u.password());
        }
        LOG.info(logins.toString());
    }

    private interface FileWork {
        List<Violation> apply(Path file) throws IOException;
    }

    private static List<Violation> withResource(String name, FileWork work) throws IOException {
        Path file = Files.createTempFile("demo-", ".csv");
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return work.apply(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void expectNoProblems(String name, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo file " + name + " was refused: " + problems);
        }
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return Json.JSONB.fromJson(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("The demo resource " + name + " cannot be read", e);
        }
    }
}

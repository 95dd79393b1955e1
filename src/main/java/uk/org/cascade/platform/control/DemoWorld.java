package uk.org.cascade.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import uk.org.cascade.platform.Violation;

/**
 * The event "load the demo world", fired once at start by {@link DemoData}. Each context loads its own part in an
 * observer ({@code @Observes @Priority(DemoWorld.COHORTS) DemoWorld world}), so platform needs none of them. The
 * priorities keep the order in which later parts find what earlier parts made; a marker (a setting) says a part
 * is loaded, so a restart skips it and a database made before a part existed gets it on the next start.
 */
public final class DemoWorld {

    /** organisation: schools from a GIAS file, then deprivation from an IMD file. */
    public static final int SCHOOLS = 100;
    /** people: the demo sign-ins, then staff from a roster. */
    public static final int SIGN_INS_AND_STAFF = 200;
    public static final int CURRICULUM = 300;
    public static final int COHORTS = 400;
    /** people: practitioners whose refresher window is open or opening. */
    public static final int REFRESHER_STAFF = 500;
    /** cohort: the sign-offs that put them there and a Norfolk refresher cohort with too few places. */
    public static final int REFRESHER_COHORTS = 600;
    public static final int SUPERVISION = 700;
    public static final int MODULE_CONTENT = 800;
    /** people: the demo logins, written to the log on every start. */
    public static final int LOGINS = 900;

    /** The demo's administrator (demo-users.json), who records its sign-offs, cohorts and modules. */
    public static final String ADMINISTRATOR = "admin@cascade.example";

    /** Schools, deprivation, sign-ins and staff: set by the last of those parts. */
    public static final String BASE_LOADED = "demo-data.loaded-at";
    public static final String CURRICULUM_LOADED = "demo-data.curriculum.loaded-at";
    public static final String COHORTS_LOADED = "demo-data.cohorts.loaded-at";
    /** Refresher staff and refresher cohorts: set by the cohorts' part, which comes second. */
    public static final String REFRESHERS_LOADED = "demo-data.refreshers.loaded-at";
    public static final String SUPERVISION_LOADED = "demo-data.supervision.loaded-at";
    public static final String MODULES_LOADED = "demo-data.modules.loaded-at";

    // The name the demo world has always logged under.
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** An import of a demo file that answers with the rows it refused. */
    public interface FileImport {
        List<Violation> run(Path file) throws IOException;
    }

    private final Settings settings;
    private final Today today;

    DemoWorld(Settings settings, Today today) {
        this.settings = settings;
        this.today = today;
    }

    /** Whether the part behind {@code marker} is still to load. */
    public boolean needs(String marker) {
        return settings.get(marker).isEmpty();
    }

    /** Marks a part loaded, so the next start skips it. */
    public void loaded(String marker, String logMessage) {
        settings.put(marker, today.now().toString());
        LOG.info(logMessage);
    }

    public void log(String message) {
        LOG.info(message);
    }

    /** A JSON resource of {@code /demo/}. */
    public <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoWorld.class.getResourceAsStream("/demo/" + name)) {
            return Json.JSONB.fromJson(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("The demo resource " + name + " cannot be read", e);
        }
    }

    /** Runs an import on a copy of the file {@code /demo/name}; a refused row stops the start, as a broken demo should. */
    public void importFile(String name, FileImport work) {
        try {
            Path file = Files.createTempFile("demo-", ".csv");
            try (InputStream in = DemoWorld.class.getResourceAsStream("/demo/" + name)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                List<Violation> problems = work.run(file);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The demo file " + name + " was refused: " + problems);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The demo file " + name + " could not be loaded", e);
        }
    }
}

package uk.org.cascade.platform.control;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.Region;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.security.boundary.ScopeView;
import uk.org.cascade.security.boundary.UserForm;
import uk.org.cascade.security.boundary.Users;

/**
 * A small believable world for trying Cascade out, loaded once from {@code demo/demo-data.json} when
 * the launcher runs the embedded database. Never loaded when {@code CASCADE_DB_URL} is set.
 */
@Startup
@Singleton(name = "DemoData")
@DependsOn({"Migrations", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    static final String LOADED = "demo-data.loaded-at";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The resource's shape. */
    public record World(List<RegionData> regions, List<UserData> users) {
        @JsonbCreator
        public World {
        }

    }

    public record RegionData(String name, List<LaData> localAuthorities) {
        @JsonbCreator
        public RegionData {
        }

    }

    public record LaData(int code, String name, List<SchoolData> schools) {
        @JsonbCreator
        public LaData {
        }

    }

    public record SchoolData(int urn, String name, String phase, String type, String postcode, String urbanRural,
                             Integer imdDecile) {
        @JsonbCreator
        public SchoolData {
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

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Users users;

    @Inject
    Clock clock;

    @PostConstruct
    void loadOnce() {
        if (!wanted || System.getenv("CASCADE_DB_URL") != null) {
            return;
        }
        World world = read();
        if (settings.get(LOADED).isEmpty()) {
            load(world);
            settings.put(LOADED, Instant.now(clock).toString());
            LOG.info("Loaded demo data");
        }
        StringBuilder logins = new StringBuilder("Demo logins (demo data only, documented in the README):");
        for (UserData u : world.users()) {
            logins.append("\n  ").append(String.join(", ", u.roles())).append(": ")
                    .append(u.email()).append(" / ").append(u.password());
        }
        LOG.info(logins.toString());
    }

    private void load(World world) {
        for (RegionData r : world.regions()) {
            Region region = new Region(r.name());
            em.persist(region);
            for (LaData l : r.localAuthorities()) {
                LocalAuthority la = new LocalAuthority(l.code(), l.name(), region);
                em.persist(la);
                for (SchoolData s : l.schools()) {
                    em.persist(new School(s.urn(), s.name(), la, s.phase(), s.type(), SchoolStatus.OPEN,
                            s.postcode(), s.urbanRural(), s.imdDecile()));
                }
            }
        }
        for (UserData u : world.users()) {
            if (users.findByEmail(u.email()).isEmpty()) {
                users.create(new UserForm(u.email(), u.name(), u.password(), u.roles(), u.scope(), null));
            }
        }
    }

    private static World read() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            return Json.JSONB.fromJson(in, World.class);
        } catch (Exception e) {
            throw new IllegalStateException("The demo data resource cannot be read", e);
        }
    }
}

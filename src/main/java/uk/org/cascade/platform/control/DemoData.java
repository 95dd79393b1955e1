package uk.org.cascade.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small believable world for trying Cascade out, loaded once when the launcher runs the embedded database,
 * through the same imports a real deployment uses: schools from a GIAS file, deprivation from an IMD file, the
 * demo sign-ins, staff from a roster, the parent-led CBT curriculum, cohorts, supervision and module content.
 * Each context loads its own part when this fires {@link DemoWorld}. Never loaded when {@code CASCADE_DB_URL} is set.
 */
@Startup
@Singleton(name = "DemoData")
@DependsOn({"Migrations", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    @Inject
    @ConfigProperty(name = "cascade.demo-data", defaultValue = "false")
    boolean wanted;

    @Inject
    Settings settings;

    @Inject
    Today today;

    @Inject
    Event<DemoWorld> world;

    @PostConstruct
    void loadOnce() {
        if (!wanted || System.getenv("CASCADE_DB_URL") != null) {
            return;
        }
        world.fire(new DemoWorld(settings, today));
    }
}

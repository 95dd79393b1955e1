package uk.org.cascade.organisation.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.org.cascade.platform.control.DemoWorld;

/** Organisation's part of the demo world: schools from a small GIAS file, then their deprivation deciles. */
@ApplicationScoped
public class DemoSchools {

    @Inject
    GiasImport gias;

    @Inject
    ImdImport imd;

    void load(@Observes @Priority(DemoWorld.SCHOOLS) DemoWorld world) {
        // The base marker is set by people's part, the last of the base world.
        if (world.needs(DemoWorld.BASE_LOADED)) {
            world.importFile("gias-demo.csv", f -> gias.run(f, false).rejected());
            world.importFile("imd-demo.csv", f -> imd.run(f, false).rejected());
        }
    }
}

package uk.org.cascade.learning.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.platform.control.DemoWorld;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.UserAccount;

/** Demo content for self-paced modules, authored and published by the first administrator like any other. */
@ApplicationScoped
public class DemoModules {

    /** The resource's shape. */
    public record Demo(List<DemoModule> modules) {

        @JsonbCreator
        public Demo {
        }
    }

    public record DemoModule(String programmeCode, String moduleTitle, DraftForm draft) {

        @JsonbCreator
        public DemoModule {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Curriculum curriculum;

    @Inject
    Accounts accounts;

    @Inject
    ModuleVersions versions;

    @Inject
    ModuleDrafts drafts;

    void load(@Observes @Priority(DemoWorld.MODULE_CONTENT) DemoWorld world) {
        if (world.needs(DemoWorld.MODULES_LOADED)) {
            load(world.read("modules-demo.json", Demo.class));
            world.loaded(DemoWorld.MODULES_LOADED, "Loaded demo module content");
        }
    }

    @Transactional
    public void load(Demo demo) {
        UserAccount admin = accounts.demoAdministrator();
        for (DemoModule d : demo.modules()) {
            Module module = curriculum.currentModule(d.programmeCode(), d.moduleTitle())
                    .orElseThrow(() -> new IllegalStateException("No demo module '" + d.moduleTitle() + "'"));
            if (versions.latestPublished(module).isEmpty()) {
                drafts.saveDraft(module.getId(), d.draft(), admin);
                drafts.publish(module.getId(), false, admin);
            }
        }
    }
}

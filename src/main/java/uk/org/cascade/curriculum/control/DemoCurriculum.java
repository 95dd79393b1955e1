package uk.org.cascade.curriculum.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.platform.control.DemoWorld;

/** Curriculum's part of the demo world: the parent-led CBT programmes and the competencies about them. */
@ApplicationScoped
public class DemoCurriculum {

    /** The curriculum resource's shape: programmes first, then the competencies about them, prerequisites first. */
    public record Demo(List<ProgrammeForm> programmes, List<CompetencyForm> competencies) {

        @JsonbCreator
        public Demo {
        }
    }

    @Inject
    Curriculum curriculum;

    void load(@Observes @Priority(DemoWorld.CURRICULUM) DemoWorld world) {
        if (world.needs(DemoWorld.CURRICULUM_LOADED)) {
            Demo demo = world.read("curriculum-demo.json", Demo.class);
            demo.programmes().stream().filter(p -> curriculum.findProgramme(p.code()).isEmpty())
                    .forEach(curriculum::createProgramme);
            demo.competencies().stream().filter(c -> curriculum.findCompetency(c.code()).isEmpty())
                    .forEach(curriculum::createCompetency);
            world.loaded(DemoWorld.CURRICULUM_LOADED, "Loaded demo curriculum");
        }
    }
}

package uk.org.cascade.curriculum.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.boundary.PagedModel;

/** The programmes list: size of each and what completing it gives. */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the list. */
    public record Row(String code, String title, int modules, int minutes, String leadsTo) implements Serializable {
    }

    @Inject
    Curriculum curriculum;

    private final PagedModel<Row> model = new PagedModel<>(slice -> curriculum.programmes(slice.page()).map(this::row),
            Row::code);

    private Row row(Programme p) {
        var current = p.currentModules();
        return new Row(p.getCode(), p.getTitle(), current.size(), current.stream().mapToInt(Module::getMinutes).sum(),
                curriculum.leadsTo(p).stream().map(Competency::getCode).collect(Collectors.joining(", ")));
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}

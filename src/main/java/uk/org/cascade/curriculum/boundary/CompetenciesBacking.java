package uk.org.cascade.curriculum.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.boundary.PagedModel;

/** The competencies list: what each is about, how long it lasts and what renews it. */
@Named
@ViewScoped
public class CompetenciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the list. */
    public record Row(String code, String title, String level, String programme, String validity, String refresher,
                      String prerequisites) implements Serializable {

        static Row of(Competency c) {
            return new Row(c.getCode(), c.getTitle(), c.getLevel().getLabel(), c.getProgramme().getCode(),
                    c.getValidityMonths() == null ? "Never expires" : c.getValidityMonths() + " months",
                    c.getRefresherProgramme() == null ? "—" : c.getRefresherProgramme().getCode(),
                    c.getPrerequisites().isEmpty() ? "—" : c.getPrerequisites().stream().map(Competency::getCode).sorted()
                            .collect(Collectors.joining(", ")));
        }
    }

    @Inject
    Curriculum curriculum;

    private final PagedModel<Row> model = new PagedModel<>(
            slice -> curriculum.competencies(slice.page()).map(Row::of), Row::code);

    public PagedModel<Row> getModel() {
        return model;
    }
}

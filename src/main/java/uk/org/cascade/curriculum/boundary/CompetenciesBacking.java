package uk.org.cascade.curriculum.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.ExpiryBase;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.platform.boundary.PagedModel;

/** The competencies list: what each is about, how long it lasts and what renews it. */
@Named
@ViewScoped
public class CompetenciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    /** A row of the list. */
    public record Row(String code, String title, String level, String programme, String validity, String refresher,
                      String prerequisites) implements Serializable {

        static Row of(Competency c) {
            return new Row(c.getCode(), c.getTitle(), c.getLevel().getLabel(), c.getProgramme().getCode(),
                    validity(c),
                    c.getRefresherProgramme() == null ? "—" : c.getRefresherProgramme().getCode(),
                    c.getPrerequisites().isEmpty() ? "—" : c.getPrerequisites().stream().map(Competency::getCode).sorted()
                            .collect(Collectors.joining(", ")));
        }

        /** "24 months", or for a fixed date "Until 31 August each year". */
        private static String validity(Competency c) {
            ExpiryRule rule = c.getExpiryRule();
            if (c.getValidityMonths() == null) {
                return "Never expires";
            }
            return rule.base() == ExpiryBase.FIXED_DATE ? "Until " + DAY_AND_MONTH.format(rule.fixedDay()) + " each year"
                    : c.getValidityMonths() + " months";
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

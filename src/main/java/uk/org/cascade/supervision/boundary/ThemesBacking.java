package uk.org.cascade.supervision.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.supervision.boundary.SupervisionForms.ThemeForm;
import uk.org.cascade.supervision.control.SupervisionThemes;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/** The administrators' list of supervision themes: add, retire, reinstate. */
@Named
@RequestScoped
public class ThemesBacking {

    @Inject
    Supervision supervision;

    @Inject
    SupervisionThemes supervisionThemes;

    @Inject
    CurrentUser currentUser;

    private List<SupervisionTheme> themes;
    private String name;

    @PostConstruct
    void load() {
        themes = supervisionThemes.themes(true);
    }

    public String add() {
        if (name == null || name.isBlank()) {
            Messages.field("themes:name", "Enter the name of the new theme.");
            return null;
        }
        if (Messages.attempt(() -> supervisionThemes.createTheme(name, currentUser.account()), Map.of("name", "themes:name"))) {
            Messages.done("Added the theme " + name.strip() + ".");
            return "/supervision/themes?faces-redirect=true";
        }
        return null;
    }

    public String toggle(long id, long version, boolean retire) {
        if (Messages.attempt(() -> supervisionThemes.reviseTheme(id, new ThemeForm(null, retire, version), currentUser.account()),
                Map.of())) {
            Messages.done(retire ? "Retired the theme: logs that name it keep it." : "Reinstated the theme.");
            return "/supervision/themes?faces-redirect=true";
        }
        return null;
    }

    public List<SupervisionTheme> getThemes() {
        return themes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

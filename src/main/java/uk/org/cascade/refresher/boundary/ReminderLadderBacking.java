package uk.org.cascade.refresher.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.refresher.control.Ladder;
import uk.org.cascade.refresher.control.Ladder.StepForm;
import uk.org.cascade.refresher.control.ReminderLadders;
import uk.org.cascade.refresher.control.ReminderLadders.Current;
import uk.org.cascade.refresher.control.ReminderLadders.LadderForm;
import uk.org.cascade.refresher.entity.LadderStep;
import uk.org.cascade.security.control.CurrentUser;

/** The reminder ladder section of the competency page: the steps in words, and a form to change them. */
@Named
@ViewScoped
public class ReminderLadderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable step of the form. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private Integer days;
        private boolean coordinators;
        private boolean supervisor;

        Row(Integer days, boolean coordinators, boolean supervisor) {
            this.days = days;
            this.coordinators = coordinators;
            this.supervisor = supervisor;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }

        public boolean isCoordinators() {
            return coordinators;
        }

        public void setCoordinators(boolean coordinators) {
            this.coordinators = coordinators;
        }

        public boolean isSupervisor() {
            return supervisor;
        }

        public void setSupervisor(boolean supervisor) {
            this.supervisor = supervisor;
        }
    }

    @Inject
    ReminderLadders ladders;

    @Inject
    CurrentUser currentUser;

    private String code;
    private boolean shown;
    private boolean usesDefault;
    private boolean expires;
    private long version;
    private List<String> saved = List.of();
    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            Current current = ladders.current(code);
            shown = true;
            usesDefault = current.usesDefault();
            expires = current.competency().getValidityMonths() != null;
            version = current.version();
            saved = current.ladder().steps().stream().map(LadderStep::words).toList();
            rows = rowsOf(current.ladder());
        } catch (NotFound e) {
            shown = false;
        }
    }

    public void addStep() {
        if (rows.size() < Ladder.MAX_STEPS) {
            rows.add(new Row(null, false, false));
        }
    }

    public void removeStep(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Puts the default ladder in the form; saving it makes it this competency's ladder. */
    public void fillDefault() {
        rows = rowsOf(Ladder.DEFAULT);
    }

    public void save() {
        List<StepForm> steps = rows.stream().map(r -> new StepForm(r.getDays(), r.isCoordinators(), r.isSupervisor()))
                .toList();
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("steps[" + i + "].daysBeforeExpiry", "reminders:step:" + i + ":days");
        }
        if (Messages.attempt(() -> ladders.set(code, new LadderForm(steps, version), currentUser.account()), fields)) {
            load();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, "Reminder ladder saved.", null));
        }
    }

    private static List<Row> rowsOf(Ladder ladder) {
        List<Row> r = new ArrayList<>();
        ladder.steps().forEach(s -> r.add(new Row(s.daysBeforeExpiry(), s.coordinators(), s.supervisor())));
        return r;
    }

    public boolean isShown() {
        return shown;
    }

    /** A competency that never expires has a ladder that is never used. */
    public boolean isExpires() {
        return expires;
    }

    public boolean isUsesDefault() {
        return usesDefault;
    }

    public List<String> getSaved() {
        return saved;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isRoomForMore() {
        return rows.size() < Ladder.MAX_STEPS;
    }

    public int getMaxSteps() {
        return Ladder.MAX_STEPS;
    }
}

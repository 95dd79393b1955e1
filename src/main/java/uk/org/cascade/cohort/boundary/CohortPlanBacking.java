package uk.org.cascade.cohort.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.CohortPlanning;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.control.LocalAuthorities;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** Plans a new cohort as a draft; sessions are added on its page before it opens for enrolment. */
@Named
@ViewScoped
public class CohortPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("programmeCode", "plan:programme", "title", "plan:title",
            "capacity", "plan:capacity", "leadTrainerIds", "plan:trainers", "localAuthority", "plan:la");
    /** The form's words for rules that speak to API clients. */
    private static final Map<String, String> WORDING = Map.of(
            "programmeCode", "Choose a programme from the list.",
            "localAuthority", "Choose a local authority from the list, or Any area.",
            "capacity", "Enter the number of places, from 1 to " + Cohort.CAPACITY_MAX + ".");

    /** A choice in a menu. */
    public record Option(Serializable value, String label) implements Serializable {
    }

    @Inject
    LocalAuthorities localAuthorities;

    @Inject
    CohortPlanning planning;

    @Inject
    Curriculum curriculum;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private String programme;
    private String title;
    private Integer capacity = 16;
    private Integer localAuthority;
    private List<Long> trainers = new ArrayList<>();
    private List<Option> programmeOptions;
    private List<Option> trainerOptions;
    private List<Option> areaOptions;

    @PostConstruct
    void init() {
        var me = currentUser.account();
        if (me.holds(Role.TRAINER)) {
            trainers.add(me.getPerson().getId());
        }
        if (!me.holds(Role.ADMIN) && me.holds(Role.COORDINATOR) && me.scope().localAuthorities().size() == 1) {
            localAuthority = me.scope().localAuthorities().iterator().next();
        }
    }

    public String save() {
        if (!complete()) {
            return null;
        }
        Cohort[] created = new Cohort[1];
        boolean done = Messages.attempt(() -> created[0] = planning.create(new CohortForm(programme, title, capacity,
                trainers, "DRAFT", localAuthority, List.of(), null), CohortReach.of(currentUser.account())), FIELDS, WORDING);
        if (!done) {
            return null;
        }
        Messages.done("Cohort planned as a draft. Add its sessions, then open it for enrolment.");
        return "/cohort/cohort?faces-redirect=true&id=" + created[0].getId();
    }

    /** Every missing answer, each next to its field, before the cohort rules are asked. */
    private boolean complete() {
        boolean complete = true;
        if (programme == null || programme.isBlank()) {
            Messages.field("plan:programme", "Choose a programme.");
            complete = false;
        }
        if (title == null || title.isBlank()) {
            Messages.field("plan:title", "Enter a title for the cohort, for example Norfolk spring 2027.");
            complete = false;
        }
        if (capacity == null) {
            Messages.field("plan:capacity", "Enter the number of places, from 1 to " + Cohort.CAPACITY_MAX + ".");
            complete = false;
        }
        if (trainers == null || trainers.isEmpty()) {
            Messages.field("plan:trainers", "Choose at least one lead trainer.");
            complete = false;
        }
        return complete;
    }

    public List<Option> getProgrammeOptions() {
        if (programmeOptions == null) {
            programmeOptions = curriculum.allProgrammes().stream().map(p -> new Option(p.getCode(), p.getTitle())).toList();
        }
        return programmeOptions;
    }

    /** Trainers by name and email, for those who plan cohorts only (the page is theirs too: web.xml). */
    public List<Option> getTrainerOptions() {
        if (trainerOptions == null && !CohortReach.of(currentUser.account()).mayCreate()) {
            trainerOptions = List.of();
        }
        if (trainerOptions == null) {
            trainerOptions = accounts.activeByName(Role.TRAINER, 2000).stream().map(UserAccount::getPerson)
                    .map(p -> new Option(p.getId(), p.getName() + " (" + p.getEmail() + ")")).toList();
        }
        return trainerOptions;
    }

    public List<Option> getAreaOptions() {
        if (areaOptions == null) {
            areaOptions = localAuthorities.all().stream().map(l -> new Option(l.getCode(), l.getName())).toList();
        }
        return areaOptions;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getLocalAuthority() {
        return localAuthority;
    }

    public void setLocalAuthority(Integer localAuthority) {
        this.localAuthority = localAuthority;
    }

    public List<Long> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<Long> trainers) {
        this.trainers = trainers;
    }
}

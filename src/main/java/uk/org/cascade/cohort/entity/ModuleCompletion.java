package uk.org.cascade.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.org.cascade.curriculum.entity.Module;

/**
 * A module a learner finished: self-paced ones when they say so, live ones (recorded when the enrolment
 * completes) by the session they attended. Title and minutes are kept as they were, so later edits to the
 * programme never rewrite what the learner did.
 */
@Entity
@Table(name = "module_completion")
public class ModuleCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @Column(name = "module_title", nullable = false, updatable = false, length = Module.TITLE_MAX)
    private String moduleTitle;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @ManyToOne
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    protected ModuleCompletion() {
    }

    public ModuleCompletion(Enrolment enrolment, Module module, LocalDate completedOn, Session session) {
        this.enrolment = enrolment;
        this.module = module;
        this.moduleTitle = module.getTitle();
        this.minutes = module.getMinutes();
        this.completedOn = completedOn;
        this.session = session;
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Module getModule() {
        return module;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    /** The session attended, for a live module. */
    public Session getSession() {
        return session;
    }
}

package uk.org.cascade.curriculum.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.org.cascade.platform.Validation;

/**
 * One step of a programme. Retired rather than deleted when a programme drops it, so that completions
 * recorded against it keep pointing at what the learner actually did.
 */
@Entity
@Table(name = "programme_module")
public class Module implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int OUTCOMES_MAX = 4000;
    public static final int MINUTES_MAX = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = OUTCOMES_MAX)
    private String outcomes;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryMode mode;

    @Column(nullable = false)
    private boolean retired;

    protected Module() {
    }

    Module(Programme programme, int position, ModuleSpec spec) {
        this.programme = programme;
        this.position = position;
        revise(spec);
    }

    /** Title, outcomes, minutes and mode as given; every problem is reported against {@code field}. */
    public record ModuleSpec(String title, String outcomes, Integer minutes, DeliveryMode mode) {

        public void check(Validation check, String field) {
            check.require(title != null && !title.isBlank(), field + ".title", "a module needs a title")
                    .require(title == null || title.strip().length() <= TITLE_MAX, field + ".title",
                            "a module title must be at most " + TITLE_MAX + " characters")
                    .require(outcomes == null || outcomes.strip().length() <= OUTCOMES_MAX, field + ".outcomes",
                            "learning outcomes must be at most " + OUTCOMES_MAX + " characters")
                    .require(minutes != null && minutes >= 1 && minutes <= MINUTES_MAX, field + ".minutes",
                            "minutes must be between 1 and " + MINUTES_MAX)
                    .require(mode != null, field + ".mode", "mode must be SELF_PACED, LIVE_ONLINE or IN_PERSON");
        }
    }

    void revise(ModuleSpec spec) {
        Validation check = new Validation();
        spec.check(check, "module");
        check.orThrow();
        this.title = spec.title().strip();
        this.outcomes = spec.outcomes() == null || spec.outcomes().isBlank() ? null : spec.outcomes().strip();
        this.minutes = spec.minutes();
        this.mode = spec.mode();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public int getMinutes() {
        return minutes;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public boolean isRetired() {
        return retired;
    }
}

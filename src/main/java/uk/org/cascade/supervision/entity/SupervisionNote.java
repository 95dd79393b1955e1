package uk.org.cascade.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.cascade.people.entity.Person;

/** A correction appended to a log, once it is locked or by someone other than its author. Never changed. */
@Entity
@Table(name = "supervision_note")
public class SupervisionNote {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id", updatable = false)
    private SupervisionLog log;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(optional = false)
    @JoinColumn(name = "written_by", updatable = false)
    private Person writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected SupervisionNote() {
    }

    public SupervisionNote(SupervisionLog log, String text, Person writtenBy, Instant writtenAt) {
        this.log = log;
        this.text = text.strip();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public SupervisionLog getLog() {
        return log;
    }

    public String getText() {
        return text;
    }

    public Person getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}

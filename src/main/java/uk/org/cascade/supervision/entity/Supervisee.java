package uk.org.cascade.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.Person;

/**
 * One person supervised in a log, with the school they practised at that day. The log's programme and date
 * are repeated here so that "last supervised" is answered from one index (see changeset 0020).
 */
@Entity
@Table(name = "supervision_supervisee")
public class Supervisee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id", updatable = false)
    private SupervisionLog log;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_urn")
    private School school;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    protected Supervisee() {
    }

    Supervisee(SupervisionLog log, Person person, School school) {
        this.log = log;
        this.person = person;
        this.school = school;
        follow();
    }

    /** Keeps the repeated columns equal to the log's. */
    final void follow() {
        this.programme = log.getProgramme();
        this.sessionDate = log.getDate();
    }

    void moveTo(School newSchool) {
        this.school = newSchool;
    }

    public Long getId() {
        return id;
    }

    public SupervisionLog getLog() {
        return log;
    }

    public Person getPerson() {
        return person;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }
}

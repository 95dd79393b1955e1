package uk.org.cascade.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.Team;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Validation;

/**
 * A person working at a school from a start date, until an end date when they leave. A joiner is a new
 * employment, a leaver an ended one; several at once are normal. Competencies stay with the person.
 */
@Entity
@Table(name = "employment")
public class Employment {

    public static final int JOB_TITLE_MAX = 120;
    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** Where the person works: a school, or else a provider team. */
    @ManyToOne
    @JoinColumn(name = "school_urn")
    private School school;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "job_title", nullable = false, length = JOB_TITLE_MAX)
    private String jobTitle;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    @Version
    private long version;

    protected Employment() {
    }

    public Employment(Person person, School school, String jobTitle, LocalDate startDate, LocalDate endDate) {
        this(person, school, null, jobTitle, startDate, endDate);
    }

    public Employment(Person person, Team team, String jobTitle, LocalDate startDate, LocalDate endDate) {
        this(person, null, team, jobTitle, startDate, endDate);
    }

    private Employment(Person person, School school, Team team, String jobTitle, LocalDate startDate, LocalDate endDate) {
        Validation check = new Validation();
        check.require(jobTitle != null && !jobTitle.isBlank(), "jobTitle", "jobTitle is required")
                .require(jobTitle == null || jobTitle.strip().length() <= JOB_TITLE_MAX, "jobTitle",
                        "jobTitle must be at most " + JOB_TITLE_MAX + " characters")
                .require(startDate != null, "startDate", "startDate is required (YYYY-MM-DD)");
        checkEnd(check, startDate, endDate);
        check.orThrow();
        if ((school == null) == (team == null)) {
            throw new IllegalArgumentException("An employment is at a school or with a team, never both or neither");
        }
        this.person = person;
        this.school = school;
        this.team = team;
        this.jobTitle = jobTitle.strip();
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** The person leaves on {@code date} (their last day). */
    public void end(LocalDate date, String reason) {
        if (endDate != null) {
            throw new Conflict("This employment ended already, on " + endDate);
        }
        Validation check = new Validation();
        check.require(date != null, "endDate", "endDate is required (YYYY-MM-DD)")
                .require(reason == null || reason.strip().length() <= REASON_MAX, "reason",
                        "reason must be at most " + REASON_MAX + " characters");
        checkEnd(check, startDate, date);
        check.orThrow();
        this.endDate = date;
        this.endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static void checkEnd(Validation check, LocalDate start, LocalDate end) {
        check.require(end == null || start == null || !end.isBefore(start), "endDate",
                "endDate " + end + " is before startDate " + start);
    }

    /** Whether both run at the same school (or with the same team) on some shared day: the same job recorded twice. */
    public boolean overlaps(Employment other) {
        boolean samePlace = school != null ? other.school != null && school.getUrn() == other.school.getUrn()
                : other.team != null && team.getCode().equals(other.team.getCode());
        return samePlace && span().overlaps(other.span());
    }

    public boolean isCurrentOn(LocalDate day) {
        return span().contains(day);
    }

    /** The days worked: from the start date through the end date (the last working day), open while not ended. */
    public DateSpan span() {
        return DateSpan.through(startDate, endDate);
    }

    /** What the audit trail records of this employment. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", person.getId());
        state.put("schoolUrn", school == null ? null : school.getUrn());
        state.put("teamCode", team == null ? null : team.getCode());
        state.put("jobTitle", jobTitle);
        state.put("startDate", startDate.toString());
        state.put("endDate", endDate == null ? null : endDate.toString());
        state.put("endReason", endReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public School getSchool() {
        return school;
    }

    /** Null for a school employment. */
    public Team getTeam() {
        return team;
    }

    /** The school's or the team's name. */
    public String getWorkplace() {
        return school != null ? school.getName() : team.getName();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}

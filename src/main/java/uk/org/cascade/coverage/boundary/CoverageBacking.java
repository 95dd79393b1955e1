package uk.org.cascade.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The coordinator's dashboard: its filters and the question they ask (programme, day, area), which every
 * section reads: the counts (CoverageBreakdownsBacking), the trend (CoverageTrendBacking), the alerts
 * (CoverageAlertsBacking) and the schools that need attention (NeedsAttentionBacking).
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Coverage coverage;

    @Inject
    transient CurrentUser currentUser;

    private String programme;
    private LocalDate date;
    private Integer la;

    private Question question;
    private List<Programme> programmes;
    private List<LocalAuthority> localAuthorities;

    @PostConstruct
    void init() {
        programmes = coverage.programmes();
        localAuthorities = coverage.localAuthorities(currentUser.account());
        programme = programmes.isEmpty() ? null : programmes.get(0).getCode();
        date = coverage.today();
        load();
    }

    /** Applies the filters on screen. */
    public void apply() {
        load();
    }

    /** Asks the filters' question; on bad input the fields say why and the last good question stays on screen. */
    private void load() {
        if (programme == null) {
            return;
        }
        try {
            question = coverage.question(currentUser.account(), programme, date, la, null);
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of("date", "filters:date", "la", "filters:la", "programme", "filters:programme"));
        }
    }

    public boolean isReady() {
        return question != null;
    }

    public String getDayLabel() {
        return question.day().format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
    }

    public boolean isToday() {
        return question.day().equals(coverage.today());
    }

    public String statusLabel(String status) {
        return StatusCharts.label(CoverageStatus.valueOf(status));
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public List<LocalAuthority> getLocalAuthorities() {
        return localAuthorities;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getLa() {
        return la;
    }

    public void setLa(Integer la) {
        this.la = la;
    }

    public Question getQuestion() {
        return question;
    }
}

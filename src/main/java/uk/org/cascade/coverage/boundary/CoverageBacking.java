package uk.org.cascade.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The coordinator's dashboard: the question on screen (programme, day, area) and the school list's narrowing
 * (statuses, phase, urban/rural class, IMD decile), all carried in the address so that a chart's bar, a
 * breakdown's row or a status card is a plain link to the filtered page, and the page can be bookmarked. Every
 * section reads the question from here: the counts (CoverageBreakdownsBacking), the trend (CoverageTrendBacking),
 * what needs doing (WhatNeedsDoingBacking), the alerts and the school list (NeedsAttentionBacking).
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The school list's default: the schools that need something doing. */
    static final String NEEDS_ATTENTION = "AT_RISK,GAP";

    @Inject
    Coverage coverage;

    @Inject
    CurrentUser currentUser;

    private String programme;
    private LocalDate date;
    private Integer la;
    private String status = NEEDS_ATTENTION;
    private String phase;
    private String urbanRural;
    private Integer imd;

    private Question question;
    private List<Programme> programmes;
    private List<LocalAuthority> localAuthorities;

    @PostConstruct
    void init() {
        programmes = coverage.programmes();
        localAuthorities = coverage.localAuthorities(currentUser.account());
        programme = programmes.isEmpty() ? null : programmes.get(0).getCode();
        date = coverage.today();
    }

    /** Asks the address's question; on bad input the fields say why and nothing is shown rather than a wrong figure. */
    public void load() {
        if (programme == null) {
            return;
        }
        try {
            question = coverage.question(currentUser.account(), programme, date, la, null);
        } catch (ValidationFailure e) {
            Messages.show(e, Map.of("date", "filters:date", "la", "filters:la", "programme", "filters:programme"));
        }
    }

    /** "Show coverage": the same page at the address of the filters chosen, so that it can be shared. */
    public String apply() {
        return "/coverage/dashboard?faces-redirect=true&" + query(Map.of());
    }

    /**
     * The dashboard's address with {@code changes} applied to the current parameters (a null value removes one),
     * for links that narrow the school list or the area.
     */
    public String link(Map<String, Object> changes) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/coverage/dashboard.xhtml?" + query(changes) + "#schools";
    }

    /** The address narrowed to one status (a status card's link). */
    public String statusLink(String status) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", status);
        return link(changes);
    }

    /** The address with the list's narrowing by phase, urban/rural class and IMD decile taken off. */
    public String clearLink() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("phase", null);
        changes.put("urbanRural", null);
        changes.put("imd", null);
        return link(changes);
    }

    private String query(Map<String, Object> changes) {
        Map<String, Object> params = parameters();
        params.putAll(changes);
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The current parameters, as the address names them (the date as ISO, like the API). */
    Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("programme", programme);
        params.put("date", date);
        params.put("la", la);
        params.put("status", status);
        params.put("phase", phase);
        params.put("urbanRural", urbanRural);
        params.put("imd", imd);
        return params;
    }

    public boolean isReady() {
        return question != null;
    }

    public boolean isToday() {
        return question.day().equals(coverage.today());
    }

    /** What the page is about, in words: "in Norfolk", "in your 3 local authorities", "in England". */
    public String getAreaLabel() {
        if (la != null) {
            return localAuthorities.stream().filter(l -> l.getCode() == la.intValue()).map(l -> "in " + l.getName())
                    .findFirst().orElse("");
        }
        if (question != null && question.area().laCodes() == null) {
            return "in England";
        }
        return localAuthorities.size() == 1 ? "in " + localAuthorities.get(0).getName()
                : "in your " + localAuthorities.size() + " local authorities";
    }

    /** The local authority a one-authority area is about (for the refresher plan and the summary), else null. */
    public LocalAuthority getOnlyLocalAuthority() {
        if (la != null) {
            return localAuthorities.stream().filter(l -> l.getCode() == la.intValue()).findFirst().orElse(null);
        }
        return localAuthorities.size() == 1 ? localAuthorities.get(0) : null;
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
        this.programme = programme == null || programme.isBlank() ? this.programme : programme.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** The day in the address, as ISO (yyyy-mm-dd) like the API's {@code date}. */
    public String getDay() {
        return date == null ? null : date.toString();
    }

    public void setDay(String day) {
        if (day == null || day.isBlank()) {
            return;
        }
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            Messages.show(ValidationFailure.of("date", "the address's date must be a day such as 2026-12-06"),
                    Map.of("date", "filters:date"));
        }
    }

    public Integer getLa() {
        return la;
    }

    public void setLa(Integer la) {
        this.la = la;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? NEEDS_ATTENTION : status;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getUrbanRural() {
        return urbanRural;
    }

    public void setUrbanRural(String urbanRural) {
        this.urbanRural = urbanRural;
    }

    public Integer getImd() {
        return imd;
    }

    public void setImd(Integer imd) {
        this.imd = imd;
    }

    public Question getQuestion() {
        return question;
    }
}

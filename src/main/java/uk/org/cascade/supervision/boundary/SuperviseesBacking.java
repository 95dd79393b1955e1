package uk.org.cascade.supervision.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.platform.boundary.PagedModel;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.supervision.control.OverdueList;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.platform.Dates;

/**
 * "My supervisees" for supervisors and trainers, "Supervision due" for coordinators and administrators: who
 * is overdue or due soon, filtered by status, programme and local authority, with exports of the list and of
 * the logs for a date range.
 */
@Named
@ViewScoped
public class SuperviseesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = Dates.DAY;

    /** A row as the table shows it. */
    public record Row(long personId, String name, String programme, String schools, String lastSupervised, String dueOn,
                      long daysOverdue, String status) implements Serializable {
    }

    /** A programme in the filter menu. */
    public record Option(String value, String label) implements Serializable {
    }

    @Inject
    Today today;

    @Inject
    Supervision supervision;

    @Inject
    OverdueList overdueList;

    @Inject
    Curriculum curriculum;

    @Inject
    CurrentUser currentUser;

    private String status = "due";
    private String programme;
    private Integer la;
    private LocalDate from;
    private LocalDate to;
    private List<Option> programmeOptions;

    private final PagedModel<Row> model = new PagedModel<>(slice -> overdueList.overdue(la, programme, null,
            SupervisionOverdueResource.due(status), null, currentUser.account(), slice.page()).map(SuperviseesBacking::row),
            r -> r.personId() + "-" + r.programme());

    @PostConstruct
    void init() {
        programmeOptions = curriculum.allProgrammes().stream().map(p -> new Option(p.getCode(), p.getTitle())).toList();
        to = today.date();
        from = to.minusMonths(3);
    }

    static Row row(OverdueQuery.Row r) {
        return new Row(r.personId(), r.name(), r.programmeTitle(),
                r.schools().stream().map(OverdueQuery.SchoolRef::name).collect(Collectors.joining(", ")),
                r.lastSupervised() == null ? "never (practising since " + DAY.format(r.since()) + ")" : DAY.format(r.lastSupervised()),
                DAY.format(r.dueOn()), Math.max(0, r.daysOverdue()), switch (r.status()) {
                    case OVERDUE -> "Overdue";
                    case DUE_SOON -> "Due soon";
                    case UP_TO_DATE -> "Up to date";
                });
    }

    public boolean isSupervisor() {
        return !currentUser.holds(Role.ADMIN.name()) && !currentUser.holds(Role.COORDINATOR.name());
    }

    public String getTitle() {
        return isSupervisor() ? "My supervisees" : "Supervision due";
    }

    public String overdueExportUrl(String format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("status", status);
        params.put("programme", programme);
        params.put("la", la);
        return url("/api/v1/supervision/overdue/export", params);
    }

    public String logsExportUrl(String format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("from", from);
        params.put("to", to);
        return url("/api/v1/supervision-logs/export", params);
    }

    private static String url(String path, Map<String, Object> params) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path + "?"
                + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public List<Option> getProgrammeOptions() {
        return programmeOptions;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme == null || programme.isBlank() ? null : programme;
    }

    public Integer getLa() {
        return la;
    }

    public void setLa(Integer la) {
        this.la = la;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

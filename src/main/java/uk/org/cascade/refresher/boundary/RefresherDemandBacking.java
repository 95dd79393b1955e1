package uk.org.cascade.refresher.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.Wording;
import uk.org.cascade.refresher.control.RefresherQueries.DemandRow;
import uk.org.cascade.refresher.control.RefresherScheduler;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.platform.Dates;

/**
 * Refresher demand as a chart (places per local authority per month) with the same numbers as a table, and per
 * local authority and refresher programme a link to plan a cohort for them. Administrators may run today's
 * scheduler from here.
 */
@Named
@ViewScoped
public class RefresherDemandBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLOURS = List.of("#1d70b8", "#f47738", "#00703c", "#d4351c", "#4c2c92", "#b58840",
            "#28a197", "#6f72af");
    private static final DateTimeFormatter MONTH = Dates.MONTH;

    /** A local authority's need for one refresher programme, with the plan link's parameters. */
    public record Need(int localAuthority, String localAuthorityName, String programmeCode, String programmeTitle,
                       long places, String firstMonth) implements Serializable {
    }

    @Inject
    RefresherDemand demand;

    @Inject
    RefresherScheduler scheduler;

    @Inject
    CurrentUser currentUser;

    @Inject
    Wording wording;

    private int months = RefresherDemand.DEFAULT_MONTHS;
    private RefresherDemand.Demand result;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        Messages.attempt(() -> result = demand.demand(null, Integer.toString(months), currentUser.account()),
                Map.of("months", "filters:months"));
    }

    /** Runs today's scheduler (once a day: a second click says it has already run). */
    public void runToday() {
        if (!currentUser.account().holds(Role.ADMIN)) {
            Messages.error("Only administrators run the refresher scheduler");
            return;
        }
        RefresherScheduler.Result run = scheduler.run(scheduler.today());
        Messages.done((run.alreadyRun() ? "Today's run had already happened: " : "Refresher run done: ") + run.enrolled()
                + " enrolled, " + run.waitlisted() + " waitlisted, " + run.unplaced() + " without a suitable cohort, "
                + wording.count(run.reminders(), "reminder", "reminders") + ".");
        load();
    }

    public List<DemandRow> getRows() {
        return result == null ? List.of() : result.demand();
    }

    public long getTotal() {
        return result == null ? 0 : result.places();
    }

    /** "1 place", "12 places". */
    public String getTotalInWords() {
        return wording.count(getTotal(), "place", "places");
    }

    public String getAsOf() {
        return result == null ? "" : wording.date(result.asOf());
    }

    /** A demand month ("2026-12", as the query groups them) in words: "December 2026". */
    public String month(String yearMonth) {
        if (yearMonth == null) {
            return "";
        }
        try {
            return YearMonth.parse(yearMonth).format(MONTH);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** Per local authority and programme, most places first: where a cohort would help most. */
    public List<Need> getNeeds() {
        Map<String, Need> needs = new LinkedHashMap<>();
        for (DemandRow r : getRows()) {
            needs.merge(r.localAuthority() + "|" + r.programmeCode(), new Need(r.localAuthority(), r.localAuthorityName(),
                    r.programmeCode(), r.programmeTitle(), r.places(), r.month()), (a, b) -> new Need(a.localAuthority(),
                    a.localAuthorityName(), a.programmeCode(), a.programmeTitle(), a.places() + b.places(),
                    a.firstMonth().compareTo(b.firstMonth()) <= 0 ? a.firstMonth() : b.firstMonth()));
        }
        List<Need> sorted = new ArrayList<>(needs.values());
        sorted.sort((a, b) -> Long.compare(b.places(), a.places()));
        return sorted;
    }

    /** A Chart.js bar chart (what p:chart takes in PrimeFaces 15): months across, one stacked bar per local authority. */
    public String getChart() {
        List<String> monthsShown = new ArrayList<>(new TreeSet<>(getRows().stream().map(DemandRow::month).toList()));
        Map<String, Map<String, Long>> byArea = new LinkedHashMap<>();
        for (DemandRow r : getRows()) {
            byArea.computeIfAbsent(r.localAuthorityName(), k -> new LinkedHashMap<>())
                    .merge(r.month(), r.places(), Long::sum);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (var area : byArea.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            monthsShown.forEach(m -> data.add(area.getValue().getOrDefault(m, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", area.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS.get(i++ % COLOURS.size())));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        monthsShown.forEach(m -> labels.add(month(m)));
        var axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                // no growing bars: a chart read (or captured) mid-animation would understate every month
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("x", axis)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public boolean isAdmin() {
        return currentUser.account().holds(Role.ADMIN);
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public List<Integer> getMonthChoices() {
        return List.of(3, 6, 12, 24, 36);
    }
}

package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.People.Turnover;
import uk.org.cascade.people.control.TurnoverPeriod;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/**
 * Joiners and leavers per school over a chosen period (the last 30, 90, 180 or 365 days, or between two dates), for
 * coordinators and administrators. The period lives in the address ({@code ?days=} or {@code ?from=&to=}, as the
 * API takes it), so a view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class TurnoverBacking {

    static final String RANGE = "range";
    private static final List<Integer> CHOICES = List.of(30, 90, 180, 365);
    private static final Map<String, String> FIELDS = Map.of("days", "period:choice", "from", "period:from",
            "to", "period:to");

    /** A choice in the period menu. */
    public record Option(String value, String label) {
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private String days;
    private String from;
    private String to;
    private String choice;
    private LocalDate fromDate;
    private LocalDate toDate;
    private TurnoverPeriod period;
    private List<Turnover> rows = List.of();

    /** Reads the period from the address; a bad one is shown on its field, with no rows. */
    public void load() {
        try {
            period = TurnoverPeriod.of(days, from, to, today.date());
            rows = people.turnover(period, Reach.of(currentUser.account()));
        } catch (ValidationFailure e) {
            Messages.show(e, FIELDS);
        }
        boolean range = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
        choice = range ? RANGE : period == null ? String.valueOf(TurnoverPeriod.DEFAULT_DAYS) : String.valueOf(period.days());
        fromDate = period != null ? period.from() : typed(from);
        toDate = period != null ? period.to() : typed(to);
    }

    /** A refused range keeps what was asked for in the fields, so it can be corrected. */
    private static LocalDate typed(String iso) {
        try {
            return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Shows the chosen period, through its address. */
    public String apply() {
        String query = RANGE.equals(choice)
                ? "from=" + (fromDate == null ? "" : fromDate) + "&to=" + (toDate == null ? "" : toDate)
                : "days=" + choice;
        return "/people/turnover?faces-redirect=true&" + query;
    }

    public List<Option> getOptions() {
        List<Option> options = new ArrayList<>();
        CHOICES.forEach(n -> options.add(new Option(n.toString(), "Last " + n + " days")));
        if (period != null && !RANGE.equals(choice) && !CHOICES.contains((int) period.days())) {
            options.add(new Option(choice, period.days() == 1 ? "Today only" : "Last " + period.days() + " days"));
        }
        options.add(new Option(RANGE, "Between two dates"));
        return options;
    }

    /** The period in words: "between 8 September 2026 and 6 December 2026 (the last 90 days)". */
    public String getPeriodText() {
        if (period == null) {
            return "";
        }
        String between = "between " + Dates.day(period.from()) + " and " + Dates.day(period.to());
        boolean upToToday = period.to().equals(today.date()) && !RANGE.equals(choice);
        return between + (upToToday ? " (the last " + period.days() + " days)" : period.days() == 1 ? " (1 day)"
                : " (" + period.days() + " days)");
    }

    public long getJoiners() {
        return rows.stream().mapToLong(Turnover::joiners).sum();
    }

    public long getLeavers() {
        return rows.stream().mapToLong(Turnover::leavers).sum();
    }

    public List<Turnover> getRows() {
        return rows;
    }

    public boolean isValid() {
        return period != null;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}

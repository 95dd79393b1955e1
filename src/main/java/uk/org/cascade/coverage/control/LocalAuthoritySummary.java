package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRollups.GroupBy;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.platform.Dates;

/**
 * The figures of one local authority's one-page summary for commissioners: coverage on a day and 90 days on, the
 * last 12 monthly snapshots, the at-risk schools with when each loses cover, and the refresher places needed.
 * Everything comes from the queries the dashboard uses; nobody is named ({@link SummaryPdf} draws it).
 */
@ApplicationScoped
public class LocalAuthoritySummary {

    /** Refresher places are counted over this many months, as the refresher demand page does by default. */
    public static final int REFRESHER_MONTHS = 12;

    static final DateTimeFormatter DAY = Dates.DAY;
    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** Schools per status; every status present. */
    public record Counts(Map<CoverageStatus, Long> schools) {

        public Counts {
            Map<CoverageStatus, Long> all = new EnumMap<>(CoverageStatus.class);
            for (CoverageStatus s : CoverageStatus.values()) {
                all.put(s, schools.getOrDefault(s, 0L));
            }
            schools = Map.copyOf(all);
        }

        public long of(CoverageStatus status) {
            return schools.get(status);
        }

        public long total() {
            return schools.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Schools that have their target of trained staff on the day: covered or at risk. */
        public long inCover() {
            return of(CoverageStatus.COVERED) + of(CoverageStatus.AT_RISK);
        }

        /** The share in cover as a whole per cent, rounded half up; empty without open schools. */
        public Optional<Long> percentInCover() {
            return total() == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * inCover() / total()));
        }
    }

    /** A month of the trend: its first day, and its counts when a snapshot was taken. */
    public record Month(LocalDate first, Optional<Counts> counts) {
    }

    /** An at-risk school: the first day it falls below target as things stand, and why, without names. */
    public record AtRiskSchool(String name, LocalDate losesCoverOn, String why) {
    }

    /** Everything the page shows. */
    public record Summary(String localAuthority, String programmeTitle, LocalDate day, Counts today,
                          LocalDate horizon, Counts atHorizon, List<Month> trend, List<AtRiskSchool> atRisk,
                          Optional<RefresherNeeds.Need> refreshers, ZonedDateTime generated) {
    }

    @Inject
    Coverage coverage;

    @Inject
    CoverageQuery query;

    @Inject
    CoverageRollups rollups;

    @Inject
    RefresherNeeds refresherNeeds;

    @Inject
    Today today;

    /**
     * The summary of local authority {@code la} for {@code programmeCode} (default: the dashboard's first) on
     * {@code day} (default today). 404 for a local authority that does not exist or is outside the caller's area.
     */
    public Summary of(UserAccount caller, int la, String programmeCode, LocalDate day) {
        LocalAuthority authority = coverage.localAuthorities(caller).stream().filter(l -> l.getCode() == la).findFirst()
                .orElseThrow(() -> new NotFound("No local authority with code " + la + " in your area"));
        Question now = coverage.question(caller, programmeCode, day, la, null);
        LocalDate horizon = CoverageRule.horizon(now.day());
        Question later = coverage.question(caller, now.programme().getCode(), horizon, la, null);
        long competency = now.practitioner().getId();
        List<AtRiskSchool> atRisk = new ArrayList<>();
        query.forEach(competency, now.day(), now.area(), new Filter(null, null, null, Set.of(CoverageStatus.AT_RISK), null),
                s -> atRisk.add(atRisk(s, now.day())));
        atRisk.sort(Comparator.comparing(AtRiskSchool::losesCoverOn).thenComparing(AtRiskSchool::name));
        return new Summary(authority.getName(), now.programme().getTitle(), now.day(), counts(now), horizon,
                counts(later), trend(now), List.copyOf(atRisk),
                refresherNeeds.placesNeeded(now.practitioner(), la, now.day(), REFRESHER_MONTHS),
                today.now().atZone(Today.ENGLAND));
    }

    private Counts counts(Question q) {
        Map<CoverageStatus, Long> schools = new EnumMap<>(CoverageStatus.class);
        rollups.summary(q.practitioner().getId(), q.day(), q.area(), Filter.NONE, GroupBy.LA)
                .forEach(t -> schools.merge(t.status(), t.schools(), Long::sum));
        return new Counts(schools);
    }

    /** The 12 months up to the day's, oldest first; a month without a snapshot has no counts. */
    private List<Month> trend(Question q) {
        LocalDate from = q.day().withDayOfMonth(1).minusMonths(CoverageSnapshots.MONTHS - 1);
        Map<LocalDate, Map<CoverageStatus, Long>> taken = new TreeMap<>();
        for (CoverageRollups.TrendPoint p : rollups.trend(q.programme().getId(), q.area(), from)) {
            taken.computeIfAbsent(p.month(), m -> new EnumMap<>(CoverageStatus.class)).merge(p.status(), p.schools(),
                    Long::sum);
        }
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < CoverageSnapshots.MONTHS; i++) {
            LocalDate first = from.plusMonths(i);
            months.add(new Month(first, Optional.ofNullable(taken.get(first)).map(Counts::new)));
        }
        return months;
    }

    static AtRiskSchool atRisk(SchoolCoverage s, LocalDate day) {
        String why = why(s.reasons());
        return new AtRiskSchool(s.name(), losesCoverOn(s.trained(), s.target(), s.reasons(), day),
                why.isEmpty() ? "Known expiries and leavers take it below its target within 90 days" : why);
    }

    /**
     * The first day below target: each person's loss counts from the day after their last day or from the day their
     * competency expires, whichever is first, and the school falls below target at the loss that leaves
     * {@code target - 1} trained. With fewer losses known than that (which an at-risk school does not have), the
     * last one; with none, the horizon, so that the page is still drawn.
     */
    static LocalDate losesCoverOn(long trained, int target, List<Reason> reasons, LocalDate day) {
        Map<Long, LocalDate> lost = new TreeMap<>();
        for (Reason r : reasons) {
            LocalDate from = r.kind() == ReasonKind.LEAVING ? r.date().plusDays(1) : r.date();
            lost.merge(r.personId(), from, (a, b) -> a.isBefore(b) ? a : b);
        }
        List<LocalDate> days = lost.values().stream().sorted().toList();
        if (days.isEmpty()) {
            return CoverageRule.horizon(day);
        }
        int losses = (int) Math.max(1, trained - target + 1);
        return days.get(Math.min(losses, days.size()) - 1);
    }

    /**
     * The reasons in words, without names: "one trained member of staff's competency expires on 3 March 2027; two
     * trained staff leave, their last day 28 February 2027".
     */
    static String why(List<Reason> reasons) {
        Map<ReasonKind, Map<LocalDate, Long>> grouped = new EnumMap<>(ReasonKind.class);
        for (Reason r : reasons) {
            grouped.computeIfAbsent(r.kind(), k -> new TreeMap<>()).merge(r.date(), 1L, Long::sum);
        }
        record Part(LocalDate date, String text) {
        }
        List<Part> parts = new ArrayList<>();
        grouped.getOrDefault(ReasonKind.EXPIRY, Map.of()).forEach((date, n) -> parts.add(new Part(date,
                (n == 1 ? "one trained member of staff's competency expires" : number(n) + " trained staff's competencies expire")
                        + " on " + DAY.format(date))));
        grouped.getOrDefault(ReasonKind.LEAVING, Map.of()).forEach((date, n) -> parts.add(new Part(date.plusDays(1),
                (n == 1 ? "one trained member of staff leaves, their last day " : number(n)
                        + " trained staff leave, their last day ") + DAY.format(date))));
        String text = parts.stream().sorted(Comparator.comparing(Part::date)).map(Part::text)
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Small numbers in words, as plain English writes them in a sentence. */
    static String number(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n] : Long.toString(n);
    }
}

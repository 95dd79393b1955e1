package uk.org.cascade.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRollups.Cell;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * A whole dashboard's coverage for one question (a programme's practitioner competency, a day, an area), derived in
 * Java from one run of {@link CoverageQuery}'s per-school statement, so that the counts, the breakdowns, the schools
 * that need attention and the map cannot disagree with each other or with the list. An immutable value: get one from
 * {@link CoverageViews#view}, once per request, and ask it everything:
 * <ul>
 * <li>{@link #counts()}: schools per status, resilient schools and trained staff; {@link #counts(Predicate)} the
 * same for the schools a filter or a chart segment picks;</li>
 * <li>{@link #cube()}: per local authority × phase × urban/rural class × IMD decile × status, summed along any;</li>
 * <li>{@link #attention(PageRequest)}: the GAP and AT_RISK schools, most urgent first, with their reasons;</li>
 * <li>{@link #schools()}: every open school in the area with status, trained staff, target and grid reference
 * (easting/northing, null where GIAS has none), for the map;</li>
 * <li>{@link #lastMonth()}: the counts on the first of last month, as that month's snapshot stored them (the
 * "change since last month", free); {@link CoverageViews#countsOn} gives them for any day by the rule, for one more
 * statement; the 12-month trend stays with {@link CoverageRollups#trend}.</li>
 * </ul>
 */
public final class CoverageView {

    /** Schools per status in a set of schools, with how many are resilient and their trained staff. */
    public record Counts(Map<CoverageStatus, Long> schools, long resilient, long trainedStaff) {

        public Counts {
            schools = Map.copyOf(schools);
        }

        public long of(CoverageStatus status) {
            return schools.getOrDefault(status, 0L);
        }

        public long total() {
            return schools.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The counts on an earlier day (for the snapshot, a first of the month), to show the change since. */
    public record Earlier(LocalDate day, Map<CoverageStatus, Long> schools) {

        public Earlier {
            schools = Map.copyOf(schools);
        }

        /** Now's count of {@code status} less this month's: positive when more schools have it now. */
        public long change(Counts now, CoverageStatus status) {
            return now.of(status) - schools.getOrDefault(status, 0L);
        }
    }

    /**
     * A school that needs attention: a GAP (below target now) or AT_RISK, with the day it falls below its target
     * ({@code losesCoverOn}, AT_RISK only) and why, in the school's reasons.
     */
    public record Attention(SchoolCoverage school, LocalDate losesCoverOn) {
    }

    /** Most urgent first: gaps (the furthest below target first), then AT_RISK by the day cover goes, then name. */
    static final Comparator<Attention> URGENCY = Comparator
            .comparing((Attention a) -> a.school().status() == CoverageStatus.GAP ? 0 : 1)
            .thenComparingLong(a -> a.school().status() == CoverageStatus.GAP
                    ? a.school().trained() - a.school().target() : 0)
            .thenComparing(Attention::losesCoverOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.school().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(a -> a.school().urn());

    private final LocalDate day;
    private final List<SchoolCoverage> schools;
    private final Optional<Earlier> lastMonth;
    private final List<Attention> attention;

    /**
     * @param schools every open school of the area on {@code day}; AT_RISK ones carrying their reasons
     * @param lastMonth the counts of the snapshot of the first of last month, if it was taken
     */
    public CoverageView(LocalDate day, List<SchoolCoverage> schools, Optional<Earlier> lastMonth) {
        this.day = day;
        this.schools = List.copyOf(schools);
        this.lastMonth = lastMonth;
        this.attention = this.schools.stream()
                .filter(s -> s.status() == CoverageStatus.GAP || s.status() == CoverageStatus.AT_RISK)
                .map(s -> new Attention(s, s.status() == CoverageStatus.AT_RISK ? losesCoverOn(s) : null))
                .sorted(URGENCY).toList();
    }

    public LocalDate day() {
        return day;
    }

    /** Every open school in the area, by URN as the statement gave them. */
    public List<SchoolCoverage> schools() {
        return schools;
    }

    public Counts counts() {
        return counts(s -> true);
    }

    public Counts counts(Predicate<SchoolCoverage> which) {
        Map<CoverageStatus, Long> byStatus = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus s : CoverageStatus.values()) {
            byStatus.put(s, 0L);
        }
        long resilient = 0;
        long trained = 0;
        for (SchoolCoverage s : schools) {
            if (which.test(s)) {
                byStatus.merge(s.status(), 1L, Long::sum);
                resilient += s.resilient() ? 1 : 0;
                trained += s.trained();
            }
        }
        return new Counts(byStatus, resilient, trained);
    }

    public Optional<Earlier> lastMonth() {
        return lastMonth;
    }

    /** As {@link CoverageRollups#cube} gave it: one cell per local authority, phase, class, decile and status. */
    public List<Cell> cube() {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        Map<List<Object>, SchoolCoverage> first = new LinkedHashMap<>();
        for (SchoolCoverage s : schools) {
            List<Object> key = List.of(s.laCode(), orNotRecorded(s.phase()), orNotRecorded(s.urbanRural()),
                    s.imdDecile() == null ? 0 : s.imdDecile(), s.status());
            first.putIfAbsent(key, s);
            long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
            sum[0]++;
            sum[1] += s.trained();
            sum[2] += s.resilient() ? 1 : 0;
        }
        List<Cell> cells = new ArrayList<>();
        sums.forEach((key, sum) -> cells.add(new Cell((int) key.get(0), first.get(key).laName(), (String) key.get(1),
                (String) key.get(2), (int) key.get(3), (CoverageStatus) key.get(4), sum[0], sum[1], sum[2])));
        cells.sort(Comparator.comparing(Cell::laName).thenComparingInt(Cell::laCode).thenComparing(Cell::phase)
                .thenComparing(Cell::urbanRural).thenComparingInt(Cell::imdDecile).thenComparing(Cell::status));
        return cells;
    }

    /** One page of the schools that need attention, most urgent first ({@link #URGENCY}). */
    public Page<Attention> attention(PageRequest request) {
        int from = Math.min(request.first(), attention.size());
        int to = Math.min(from + request.size(), attention.size());
        return new Page<>(attention.subList(from, to), request.page(), request.size(), attention.size());
    }

    /**
     * The day an AT_RISK school falls below its target: each trained person who will not stay is lost on the day
     * after their last working day or on their expiry, whichever comes first; the school drops when the
     * (trained − target + 1)th of them goes.
     */
    static LocalDate losesCoverOn(SchoolCoverage school) {
        Map<Long, LocalDate> lostOn = new LinkedHashMap<>();
        for (Reason r : school.reasons()) {
            LocalDate day = r.kind() == ReasonKind.LEAVING ? r.date().plusDays(1) : r.date();
            if (day != null) {
                lostOn.merge(r.personId(), day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<LocalDate> days = lostOn.values().stream().sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int nth = (int) Math.max(1, school.trained() - school.target() + 1);
        return days.get(Math.min(nth, days.size()) - 1);
    }

    private static String orNotRecorded(String value) {
        return value == null ? "Not recorded" : value;
    }
}

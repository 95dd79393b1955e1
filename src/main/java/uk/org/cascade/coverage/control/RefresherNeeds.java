package uk.org.cascade.coverage.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.curriculum.entity.Competency;

/**
 * Refresher places a local authority needs, for the coverage summary. The refresher context builds on coverage,
 * so it answers this question for coverage (as coverage answers {@code cohort.control.SchoolCover} for cohorts).
 */
public interface RefresherNeeds {

    /** Places needed in one month (the month a window opens, or the first month once it is open). */
    record Month(YearMonth month, long places) {
    }

    /** Places needed on the refresher programme that renews a competency, month by month (months without need left out). */
    record Need(String refresherProgrammeTitle, List<Month> months) {

        public long places() {
            return months.stream().mapToLong(Month::places).sum();
        }
    }

    /**
     * The places needed on {@code competency}'s refresher programme by people working in local authority {@code la},
     * for windows opening within {@code months} months from {@code asOf} (its month counting as the first), counted as
     * the refresher demand page counts them; empty when no refresher programme renews the competency.
     */
    Optional<Need> placesNeeded(Competency competency, int la, LocalDate asOf, int months);
}

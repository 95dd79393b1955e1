package uk.org.cascade.coverage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.entity.CoverageStatus;

/** The coverage export reads as the pages do: statuses and GIAS classes in words, days in words. */
class CoverageExportTest {

    @Test
    void anAtRiskSchoolReadsInPlainEnglish() {
        SchoolCoverage s = new SchoolCoverage(100001, "Oak Primary", 926, "Norfolk", "East of England", "Primary",
                "(England/Wales) Rural town and fringe", 3, 1, 1, 0, CoverageStatus.AT_RISK,
                List.of(new Reason(7, "Nia Expiring", ReasonKind.EXPIRY, LocalDate.of(2027, 1, 5)),
                        new Reason(8, "Lee Leaving", ReasonKind.LEAVING, LocalDate.of(2026, 12, 18))), null, null);

        List<Object> row = CoverageResource.values(s);

        assertEquals(CoverageResource.EXPORT_COLUMNS.size(), row.size());
        assertEquals("Norfolk", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Local authority")));
        assertEquals("Rural town and fringe", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Urban/rural")));
        assertEquals("At risk", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Status")));
        assertEquals("No", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Resilient")));
        assertEquals("Nia Expiring's practitioner competency expires on 5 January 2027; "
                + "Lee Leaving leaves on 18 December 2026 (last day)",
                row.get(CoverageResource.EXPORT_COLUMNS.indexOf("At-risk reasons")));
    }

    @Test
    void aSchoolNeverTrainedIsNotStarted() {
        SchoolCoverage s = new SchoolCoverage(100002, "Elm Infants", 926, "Norfolk", "East of England", "Primary",
                "(England/Wales) Urban city and town", null, 1, 0, 0, CoverageStatus.NOT_STARTED, List.of(), null, null);

        List<Object> row = CoverageResource.values(s);

        assertEquals("Not started", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Status")));
        assertEquals("Urban city and town", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("Urban/rural")));
        assertEquals("", row.get(CoverageResource.EXPORT_COLUMNS.indexOf("At-risk reasons")));
    }
}

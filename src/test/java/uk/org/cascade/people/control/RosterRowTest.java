package uk.org.cascade.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.org.cascade.people.control.RosterImport.Row;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class RosterRowTest {

    @Test
    void aGoodRow_readsIsoAndUkDates() throws IOException {
        Row iso = Row.read(record("jo@school.test,Jo Bloggs,990101,Teaching assistant,2025-09-01,"));
        Row uk = Row.read(record("jo@school.test,Jo Bloggs,990101,Teaching assistant,01/09/2025,31/07/2026"));

        assertEquals(LocalDate.of(2025, 9, 1), iso.start());
        assertNull(iso.end());
        assertEquals(LocalDate.of(2026, 7, 31), uk.end());
        assertEquals(990101, uk.schoolUrn());
    }

    @Test
    void everyProblemOfARow_isReportedTogether_byColumn() throws IOException {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> Row.read(record("not-an-email,,99x,,31/02/2025,tomorrow")));

        assertEquals(List.of("email", "name", "school_urn", "job_title", "start_date", "end_date"),
                failure.violations().stream().map(Violation::field).toList());
        assertEquals("start_date '31/02/2025' is not a date (YYYY-MM-DD or dd/mm/yyyy)", failure.violations().get(4).message());
    }

    @Test
    void aMissingStartDate_isRequired() throws IOException {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> Row.read(record("jo@school.test,Jo,990101,TA,,")));

        assertEquals("start_date is empty", failure.violations().get(0).message());
    }

    private static CSVRecord record(String line) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(new StringReader(String.join(",", RosterImport.COLUMNS) + "\n" + line + "\n"))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
        return parser.getRecords().get(0);
    }
}

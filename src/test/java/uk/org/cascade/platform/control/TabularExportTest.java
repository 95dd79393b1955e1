package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** One rule for days in exports: ISO 8601 in CSV, for machines; real date cells reading "6 December 2026" in XLSX. */
class TabularExportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void csv_writesADayAsIso8601() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.CSV.write(out, "Rows", List.of("Name", "Due on"), row -> row.accept(List.of("Ann", DAY)));

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Ann,2026-12-06"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void xlsx_writesADayAsADateCellShownInWords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.XLSX.write(out, "Rows", List.of("Name", "Due on"), row -> row.accept(List.of("Ann", DAY)));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Cell due = rows.get(1).getCell(1);
            assertEquals(CellType.NUMBER, due.getType(), "a date is a number in a spreadsheet, not text");
            assertEquals(DAY, due.asDate().toLocalDate());
            assertEquals("d mmmm yyyy", due.getDataFormatString());
        }
    }
}

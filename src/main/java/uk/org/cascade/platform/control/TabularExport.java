package uk.org.cascade.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.ValidationFailure;

/**
 * Any list as CSV (Commons CSV) or XLSX (FastExcel), written row by row as the source hands rows over, so an
 * export of any size never sits in memory. A source is called with the writer of one row. Days are handed over as
 * {@link LocalDate}s: ISO 8601 in CSV (for machines), date cells in XLSX (for people).
 */
public enum TabularExport {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String contentType;

    TabularExport(String contentType) {
        this.contentType = contentType;
    }

    /** {@code csv} or {@code xlsx}, else 422 on the {@code format} field. */
    public static TabularExport of(String format) {
        return switch (format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ValidationFailure.of("format", "format must be csv or xlsx");
        };
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public void write(OutputStream out, String sheetName, List<String> columns,
                      Consumer<Consumer<List<?>>> source) throws IOException {
        if (this == CSV) {
            csv(out, columns, source);
        } else {
            xlsx(out, sheetName, columns, source);
        }
    }

    /** The header, then every row, in UTF-8 with a BOM so that Excel reads the accents. */
    private static void csv(OutputStream out, List<String> columns, Consumer<Consumer<List<?>>> source) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns);
        source.accept(values -> {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private static void xlsx(OutputStream out, String sheetName, List<String> columns,
                             Consumer<Consumer<List<?>>> source) throws IOException {
        Workbook workbook = new Workbook(out, "Cascade", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        source.accept(values -> {
            for (int c = 0; c < values.size(); c++) {
                cell(sheet, row[0], c, values.get(c));
            }
            row[0]++;
        });
        workbook.finish();
    }

    /**
     * One spreadsheet cell: numbers as numbers, and days as real dates that sort and filter as dates and read as
     * "6 December 2026" ({@link Dates#SPREADSHEET_DAY}); CSV writes the same day as ISO 8601 ({@code 2026-12-06}).
     */
    public static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number n) {
            sheet.value(row, column, n);
        } else if (value instanceof LocalDate day) {
            sheet.value(row, column, day);
            sheet.style(row, column).format(Dates.SPREADSHEET_DAY).set();
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }
}

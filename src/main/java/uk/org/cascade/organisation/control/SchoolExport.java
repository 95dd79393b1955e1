package uk.org.cascade.organisation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.cascade.organisation.entity.School;

/** Schools as CSV (Commons CSV) or XLSX (FastExcel), written as they are read: no size limit. */
public final class SchoolExport {

    public static final List<String> COLUMNS = List.of("URN", "Name", "LA code", "Local authority", "Region", "Phase",
            "Type", "Status", "Close date", "Postcode", "Urban/rural", "IMD decile");

    private SchoolExport() {
    }

    /** Writes the header, then every school {@code source} hands over, as CSV in UTF-8 with a BOM for Excel. */
    public static void csv(OutputStream out, Consumer<Consumer<School>> source) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(COLUMNS);
        source.accept(school -> {
            try {
                printer.printRecord(values(school));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    public static void xlsx(OutputStream out, Consumer<Consumer<School>> source) throws IOException {
        Workbook workbook = new Workbook(out, "Cascade", "1.0");
        Worksheet sheet = workbook.newWorksheet("Schools");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        source.accept(school -> {
            List<Object> values = values(school);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    sheet.value(row[0], c, n);
                } else if (v != null) {
                    sheet.value(row[0], c, v.toString());
                }
            }
            row[0]++;
        });
        workbook.finish();
    }

    private static List<Object> values(School s) {
        return java.util.Arrays.asList(s.getUrn(), s.getName(), s.getLocalAuthority().getCode(),
                s.getLocalAuthority().getName(), s.getLocalAuthority().getRegion().getName(), s.getPhase(),
                s.getType(), s.getStatus().name(), s.getCloseDate() == null ? null : s.getCloseDate().toString(),
                s.getPostcode(), s.getUrbanRural(), s.getImdDecile());
    }
}

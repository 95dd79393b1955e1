package uk.org.cascade.supervision.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.cascade.platform.control.TabularExport;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.Supervisee;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/**
 * Supervision as CSV (Commons CSV) or XLSX (FastExcel), written as it is read, like the schools export.
 * <p>
 * The log export is anonymous by construction: dates, programme, format, mode, minutes, counts, themes,
 * whether a safeguarding concern was raised, and the schools (URN, local authority) — no names and no
 * free text. Commissioners report on the amount and reach of supervision; who was supervised is in
 * Cascade (the overdue list, each person's history), and a file that leaves it should carry no person.
 * The overdue list does carry names: acting on it means contacting those people.
 */
final class LogExport {

    static final List<String> LOG_COLUMNS = List.of("Log id", "Date", "Programme", "Format", "Mode", "Minutes",
            "Supervisees", "Families discussed", "Themes", "Safeguarding concern raised", "School URNs",
            "Local authorities", "Agreed next date");

    static final List<String> OVERDUE_COLUMNS = List.of("Person id", "Name", "Programme", "Schools", "Local authorities",
            "Practising since", "Last supervised", "Due on", "Days overdue", "Status");

    private LogExport() {
    }

    static List<Object> logValues(SupervisionLog l) {
        List<Supervisee> s = l.getSupervisees();
        return Arrays.asList(l.getId(), l.getDate(), l.getProgramme().getCode(), l.getFormat().name(),
                l.getMode().name(), l.getMinutes(), s.size(), l.getFamiliesDiscussed(),
                l.getThemes().stream().map(SupervisionTheme::getName).collect(Collectors.joining("; ")),
                l.isSafeguardingConcern() ? "yes" : "no",
                s.stream().map(x -> String.valueOf(x.getSchool().getUrn())).distinct().collect(Collectors.joining("; ")),
                s.stream().map(x -> x.getSchool().getLocalAuthority().getName()).distinct().collect(Collectors.joining("; ")),
                l.getNextDate());
    }

    static List<Object> overdueValues(OverdueQuery.Row r) {
        return Arrays.asList(r.personId(), r.name(), r.programmeCode(),
                r.schools().stream().map(s -> s.name() + " (" + s.urn() + ")").collect(Collectors.joining("; ")),
                r.schools().stream().map(OverdueQuery.SchoolRef::laName).distinct().collect(Collectors.joining("; ")),
                r.since(),
                r.lastSupervised() == null ? "never" : r.lastSupervised(), r.dueOn(),
                Math.max(0, r.daysOverdue()), r.status().name());
    }

    static <T> void csv(OutputStream out, List<String> columns, Function<T, List<Object>> values,
                        Consumer<Consumer<T>> source) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns);
        source.accept(row -> {
            try {
                printer.printRecord(values.apply(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    static <T> void xlsx(OutputStream out, String sheetName, List<String> columns, Function<T, List<Object>> values,
                         Consumer<Consumer<T>> source) throws IOException {
        Workbook workbook = new Workbook(out, "Cascade", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        source.accept(item -> {
            List<Object> v = values.apply(item);
            for (int c = 0; c < v.size(); c++) {
                TabularExport.cell(sheet, row[0], c, v.get(c));
            }
            row[0]++;
        });
        workbook.finish();
    }
}

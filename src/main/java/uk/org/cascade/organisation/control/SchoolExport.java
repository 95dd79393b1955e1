package uk.org.cascade.organisation.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.platform.control.TabularExport;

/** Schools as CSV or XLSX, written as they are read: no size limit. */
public final class SchoolExport {

    public static final List<String> COLUMNS = List.of("URN", "Name", "LA code", "Local authority", "Region", "Phase",
            "Type", "Status", "Close date", "Postcode", "Urban/rural", "IMD decile");

    private SchoolExport() {
    }

    public static void csv(OutputStream out, Consumer<Consumer<School>> source) throws IOException {
        TabularExport.CSV.write(out, "Schools", COLUMNS, rows(source));
    }

    public static void xlsx(OutputStream out, Consumer<Consumer<School>> source) throws IOException {
        TabularExport.XLSX.write(out, "Schools", COLUMNS, rows(source));
    }

    private static Consumer<Consumer<List<?>>> rows(Consumer<Consumer<School>> source) {
        return row -> source.accept(school -> row.accept(values(school)));
    }

    private static List<Object> values(School s) {
        return java.util.Arrays.asList(s.getUrn(), s.getName(), s.getLocalAuthority().getCode(),
                s.getLocalAuthority().getName(), s.getLocalAuthority().getRegion().getName(), s.getPhase(),
                s.getType(), s.getStatus().name(), s.getCloseDate(),
                s.getPostcode(), s.getUrbanRural(), s.getImdDecile());
    }
}

package uk.org.cascade.organisation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.platform.Violation;

/**
 * The DfE "Get Information About Schools" establishments CSV exactly as downloaded: about 140
 * columns, found by header name (never by position); Windows-1252 as the DfE serves it, or UTF-8
 * with or without a byte-order mark. Read as a stream, row by row, so memory does not grow with
 * the file.
 */
public final class GiasFile {

    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String LA_CODE = "LA (code)";
    static final String LA_NAME = "LA (name)";
    static final String REGION = "GOR (name)";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String CLOSE_DATE = "CloseDate";
    static final String POSTCODE = "Postcode";
    static final String URBAN_RURAL = "UrbanRural (name)";
    static final String EASTING = "Easting";
    static final String NORTHING = "Northing";
    static final String LSOA = "LSOA (code)";
    static final List<String> REQUIRED = List.of(URN, NAME, LA_CODE, LA_NAME, REGION, PHASE, TYPE, STATUS,
            CLOSE_DATE, POSTCODE, URBAN_RURAL, EASTING, NORTHING, LSOA);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, SchoolStatus> STATUSES = Map.of(
            "Open", SchoolStatus.OPEN,
            "Open, but proposed to close", SchoolStatus.OPEN,
            "Closed", SchoolStatus.CLOSED,
            "Proposed to open", SchoolStatus.PROPOSED);

    /** One establishment as Cascade keeps it; {@code line} is its line in the file (the header is line 1). */
    public record Row(int line, int urn, String name, int laCode, String laName, String region, String phase,
                      String type, SchoolStatus status, LocalDate closeDate, String postcode, String urbanRural,
                      Integer easting, Integer northing, String lsoa) {
    }

    private GiasFile() {
    }

    /**
     * Reads every row of {@code file}, handing each good one to {@code rows}, and answers every
     * problem found: missing columns (once, naming them all), or each bad row by line and field.
     */
    public static List<Violation> read(Path file, Consumer<Row> rows) throws IOException {
        List<Violation> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(file)) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return List.of(Violation.line(1, "header", "missing columns: " + String.join(", ", missing)
                        + " (is this the GIAS establishments file?)"));
            }
            Map<Integer, Integer> urns = new HashMap<>();
            try {
                for (CSVRecord record : parser) {
                    int line = Math.toIntExact(record.getRecordNumber() + 1);
                    new RowReader(record, line, problems, urns).read().ifPresent(rows);
                }
            } catch (UncheckedIOException e) {
                problems.add(Violation.line(Math.toIntExact(parser.getCurrentLineNumber()), "file",
                        "the CSV is malformed here (an unclosed quote?); nothing after this line was read"));
            }
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header it cannot read (for example an empty file).
            return List.of(Violation.line(1, "header", "the first line is not a GIAS CSV header"));
        }
        return problems;
    }

    /** Checks one record, noting each problem against its line and column. */
    private static final class RowReader {

        private final CSVRecord record;
        private final int line;
        private final List<Violation> problems;
        private final Map<Integer, Integer> urns;
        private boolean ok = true;

        RowReader(CSVRecord record, int line, List<Violation> problems, Map<Integer, Integer> urns) {
            this.record = record;
            this.line = line;
            this.problems = problems;
            this.urns = urns;
        }

        java.util.Optional<Row> read() {
            Integer urn = integer(URN, true);
            if (urn != null) {
                Integer first = urns.putIfAbsent(urn, line);
                if (first != null) {
                    fail(URN, "URN " + urn + " appears twice (first on line " + first + ")");
                }
            }
            String name = text(NAME, 200, true);
            Integer laCode = integer(LA_CODE, true);
            if (laCode != null && !LocalAuthority.isValidCode(laCode)) {
                fail(LA_CODE, "'" + laCode + "' is not a three-digit local authority code");
            }
            String laName = text(LA_NAME, 100, true);
            String region = text(REGION, 100, true);
            SchoolStatus status = status();
            LocalDate closeDate = date(CLOSE_DATE);
            Row row = new Row(line, urn == null ? 0 : urn, name, laCode == null ? 0 : laCode, laName, region,
                    text(PHASE, 60, false), text(TYPE, 100, false), status, closeDate, text(POSTCODE, 10, false),
                    text(URBAN_RURAL, 100, false), integer(EASTING, false), integer(NORTHING, false),
                    text(LSOA, 9, false));
            return ok ? java.util.Optional.of(row) : java.util.Optional.empty();
        }

        private String value(String column) {
            String v = record.isSet(column) ? record.get(column).strip() : "";
            return v.isEmpty() ? null : v;
        }

        private String text(String column, int max, boolean required) {
            String v = value(column);
            if (v == null && required) {
                fail(column, column + " is empty");
            } else if (v != null && v.length() > max) {
                fail(column, column + " is longer than " + max + " characters");
            }
            return v;
        }

        private Integer integer(String column, boolean required) {
            String v = value(column);
            if (v == null) {
                if (required) {
                    fail(column, column + " is empty");
                }
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    fail(column, column + " '" + v + "' is negative");
                }
                return n;
            } catch (NumberFormatException e) {
                fail(column, column + " '" + v + "' is not a whole number");
                return null;
            }
        }

        private SchoolStatus status() {
            String v = value(STATUS);
            SchoolStatus status = v == null ? null : STATUSES.get(v);
            if (status == null) {
                fail(STATUS, STATUS + " '" + (v == null ? "" : v) + "' is not one of Open, "
                        + "Open, but proposed to close, Closed, Proposed to open");
            }
            return status;
        }

        private LocalDate date(String column) {
            String v = value(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v, DATE);
            } catch (DateTimeParseException e) {
                fail(column, column + " '" + v + "' is not a date in the form dd-mm-yyyy");
                return null;
            }
        }

        private void fail(String column, String message) {
            ok = false;
            problems.add(Violation.line(line, column, message));
        }
    }
}

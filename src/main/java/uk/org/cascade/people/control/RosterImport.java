package uk.org.cascade.people.control;

import java.io.Serializable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.org.cascade.organisation.control.CsvFiles;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/**
 * A staff roster CSV ({@code email,name,school_urn,job_title,start_date,end_date}): joiners and leavers
 * in one go, through the same rules as the API. A row means the person's employment at that school
 * with that start date (or, failing that, their unended one there): a new one is started (a joiner),
 * an unended one given an end date is ended (a leaver), and one already recorded is left as it is. All or nothing: the rows are applied in one transaction, which is rolled back
 * when any row is refused, or always on a dry run, so the preview is exactly what applying would do.
 */
@ApplicationScoped
public class RosterImport {

    static final List<String> COLUMNS = List.of("email", "name", "school_urn", "job_title", "start_date", "end_date");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What the roster did or would do; any rejected row means nothing was done. */
    public record Report(boolean dryRun, long peopleCreated, long employmentsStarted, long employmentsEnded,
                         long unchanged, List<Violation> rejected) implements Serializable {
    }

    @Inject
    People people;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** One roster line and what it does, for a preview before applying. */
    public record Change(int line, String email, String workplace, String action) implements Serializable {
    }

    @Transactional
    public Report run(Path file, boolean dryRun, Reach reach) throws IOException {
        return run(file, dryRun, reach, change -> { });
    }

    /** As {@link #run(Path, boolean, Reach)}, telling {@code changes} what each line does. */
    @Transactional
    public Report run(Path file, boolean dryRun, Reach reach, Consumer<Change> changes) throws IOException {
        People.requireChanger(reach);
        List<Violation> problems = new ArrayList<>();
        long created = 0;
        long started = 0;
        long ended = 0;
        long unchanged = 0;
        try (CSVParser parser = CsvFiles.open(file)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Report(dryRun, 0, 0, 0, 0, List.of(Violation.line(1, "header",
                        "missing columns: " + String.join(", ", missing) + " (the roster's header is "
                                + String.join(",", COLUMNS) + ")")));
            }
            for (CSVRecord record : parser) {
                int line = Math.toIntExact(record.getRecordNumber() + 1);
                try {
                    Row row = Row.read(record);
                    boolean isNew = people.findByEmail(row.email()).isEmpty();
                    Person person = people.findOrCreate(row.name(), row.email());
                    created += isNew ? 1 : 0;
                    Optional<Employment> known = people.employmentAt(person, row.schoolUrn(), row.start());
                    String action;
                    if (known.isPresent() && row.end() != null && known.get().getEndDate() == null) {
                        people.endEmployment(known.get(), row.end(), null);
                        ended++;
                        action = "Leaves on " + row.end();
                    } else if (known.isPresent() && row.end() != null && !row.end().equals(known.get().getEndDate())) {
                        throw new Conflict("this employment ended already, on " + known.get().getEndDate());
                    } else if (known.isPresent()) {
                        // Already recorded: an older roster never reopens or rewrites history.
                        unchanged++;
                        action = "Unchanged";
                    } else {
                        Employment job = people.employ(person, new NewEmployment(row.schoolUrn(), null, row.jobTitle(),
                                row.start().toString(), row.end() == null ? null : row.end().toString()), reach);
                        started++;
                        action = (isNew ? "New person, joins on " : "Joins on ") + job.getStartDate();
                    }
                    changes.accept(new Change(line, row.email(), people.workplaceName(row.schoolUrn()), action));
                } catch (ValidationFailure e) {
                    e.violations().forEach(v -> problems.add(Violation.line(line, v.field(), v.message())));
                } catch (Conflict e) {
                    problems.add(Violation.line(line, "end_date", e.getMessage()));
                } catch (Forbidden | NotFound e) {
                    problems.add(Violation.line(line, "school_urn", e.getMessage()));
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(Violation.line(0, "file", "the CSV is malformed (an unclosed quote?)"));
        } catch (IllegalArgumentException e) {
            return new Report(dryRun, 0, 0, 0, 0, List.of(Violation.line(1, "header", "the first line is not a CSV header")));
        }
        if (dryRun || !problems.isEmpty()) {
            transaction.setRollbackOnly();
        }
        return problems.isEmpty() ? new Report(dryRun, created, started, ended, unchanged, List.of())
                : new Report(dryRun, 0, 0, 0, 0, problems);
    }

    /** One roster line, checked: every problem of the line is reported together. */
    record Row(String email, String name, int schoolUrn, String jobTitle, LocalDate start, LocalDate end) {

        static Row read(CSVRecord r) {
            Validation check = new Validation();
            String email = value(r, "email");
            String name = value(r, "name");
            Person.checkEmail(check, email);
            Person.checkName(check, name);
            Integer urn = null;
            String urnText = value(r, "school_urn");
            try {
                urn = Integer.valueOf(urnText == null ? "" : urnText);
            } catch (NumberFormatException e) {
                check.require(false, "school_urn", "school_urn '" + (urnText == null ? "" : urnText) + "' is not a URN");
            }
            String jobTitle = value(r, "job_title");
            check.require(jobTitle != null, "job_title", "job_title is empty");
            LocalDate start = date(check, "start_date", value(r, "start_date"), true);
            LocalDate end = date(check, "end_date", value(r, "end_date"), false);
            check.orThrow();
            return new Row(email, name, urn, jobTitle, start, end);
        }

        private static String value(CSVRecord r, String column) {
            String v = r.isSet(column) ? r.get(column).strip() : "";
            return v.isEmpty() ? null : v;
        }

        /** YYYY-MM-DD, or dd/mm/yyyy as UK spreadsheets write it. */
        private static LocalDate date(Validation check, String column, String text, boolean required) {
            if (text == null) {
                check.require(!required, column, column + " is empty");
                return null;
            }
            try {
                return text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                check.require(false, column, column + " '" + text + "' is not a date (YYYY-MM-DD or dd/mm/yyyy)");
                return null;
            }
        }
    }
}

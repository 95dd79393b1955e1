package uk.org.cascade.coverage.control;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/** Reading the rows of coverage's native queries: numbers as long, DATE columns as LocalDate. */
final class SqlRows {

    private SqlRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

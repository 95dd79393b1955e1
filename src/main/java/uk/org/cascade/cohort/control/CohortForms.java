package uk.org.cascade.cohort.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.control.Today;

/** What the API and the pages take to plan cohorts, enrol people and mark attendance. */
public final class CohortForms {

    private CohortForms() {
    }

    public record CohortForm(String programmeCode, String title, Integer capacity, List<Long> leadTrainerIds,
                             String status, Integer localAuthority, List<SessionForm> sessions, Long version) {

        @JsonbCreator
        public CohortForm {
        }
    }

    /** {@code start} and {@code end}: ISO-8601 instants, or local date-times read as time in England. */
    public record SessionForm(String start, String end, String location, String onlineLink, List<Long> moduleIds) {

        @JsonbCreator
        public SessionForm {
        }
    }

    public record EnrolmentForm(Long personId, Integer schoolUrn) {

        @JsonbCreator
        public EnrolmentForm {
        }
    }

    public record Mark(Long enrolmentId, String status) {

        @JsonbCreator
        public Mark {
        }
    }

    public record StatusForm(String status, Long version) {

        @JsonbCreator
        public StatusForm {
        }
    }

    public static Instant instant(String text, String field, Validation check) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(Today.ENGLAND).toInstant();
            } catch (DateTimeParseException again) {
                check.require(false, field, field + " '" + text + "' is not a time like 2026-03-04T09:30:00Z");
                return null;
            }
        }
    }
}

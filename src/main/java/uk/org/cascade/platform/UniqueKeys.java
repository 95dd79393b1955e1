package uk.org.cascade.platform;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every unique key of the schema (the {@code liquibase/} changelogs), and the field of a request that fills it.
 * A service that finds the key taken says so with {@link #duplicate}; when two requests race past that check,
 * the database refuses the second insert and {@link #violated} turns its error into the same answer.
 */
public final class UniqueKeys {

    /** MySQL and MariaDB's error for a duplicate key (ER_DUP_ENTRY); foreign-key failures share its SQL state. */
    static final int DUPLICATE_ENTRY = 1062;

    /** "... for key 'uk_person_email'" (MariaDB) or "... for key 'person.uk_person_email'" (MySQL 8). */
    private static final Pattern KEY_NAME = Pattern.compile("for key '(?:[^'.]*\\.)?([^'.]+)'\\s*$");

    private record Key(String field, String message) {
    }

    private static final Key UNNAMED = new Key(null, "The same record was saved meanwhile; reload and try again");

    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("uk_person_email", new Key("email", "A person with this email exists already")),
            Map.entry("uk_user_person", new Key("email", "A user with this email exists already")),
            Map.entry("uk_programme_code", new Key("code", "A programme with this code exists already")),
            Map.entry("uk_competency_code", new Key("code", "A competency with this code exists already")),
            Map.entry("uk_competency_programme_level",
                    new Key("level", "This programme has a competency at this level already")),
            Map.entry("uk_team_code", new Key("code", "A team with this code exists already")),
            Map.entry("uk_supervision_theme_name", new Key("name", "A theme with this name exists already")),
            Map.entry("uk_region_name", new Key("region", "A region with this name exists already")),
            Map.entry("uk_enrolment_cohort_person",
                    new Key("personId", "This person already has a place or a waiting-list place in this cohort")),
            Map.entry("uk_supervisee_log_person", new Key("supervisees", "A supervisee is named twice in this log")),
            Map.entry("uk_completion_enrolment_module", new Key("moduleId", "This module is recorded as done already")),
            Map.entry("uq_module_progress_enrolment_module", new Key("moduleId", "This module is under way already")),
            Map.entry("uq_content_version_number",
                    new Key("version", "Someone else saved a version of this module meanwhile; reload it")),
            // Keys Cascade fills itself, never from a request: a clash means a concurrent save of the same thing.
            Map.entry("uk_calendar_feed_token", UNNAMED),
            Map.entry("uk_api_token_hash", UNNAMED),
            Map.entry("uk_password_reset_token", UNNAMED),
            Map.entry("uk_credential_signing_key_purpose", UNNAMED),
            Map.entry("uk_sign_off_verification", UNNAMED),
            Map.entry("uk_refresher_run_date", UNNAMED),
            Map.entry("uk_refresher_reminder", UNNAMED),
            Map.entry("uk_reminder_sent", UNNAMED),
            Map.entry("uk_reminder_ladder_competency",
                    new Key("version", "Someone else set this competency's reminder ladder meanwhile; reload it")),
            Map.entry("uk_reminder_step_ladder_days", new Key("steps", "Two steps of the ladder fall on the same day")),
            Map.entry("uq_coverage_alert_employment", UNNAMED),
            Map.entry("uq_coverage_snapshot", UNNAMED));

    private UniqueKeys() {
    }

    /** The answer for a request whose key is taken, as found by a service before inserting. */
    public static Duplicate duplicate(String constraint) {
        Key key = KEYS.getOrDefault(constraint, UNNAMED);
        return new Duplicate(key.field(), key.message());
    }

    /**
     * The duplicate behind a failed write, whatever wraps it (EclipseLink, JTA, EJB, a rolled-back commit):
     * empty when the failure is anything else. Only the key's name is read from the database's message, never
     * the value it quotes.
     */
    public static Optional<Duplicate> violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Duplicate d) {
                return Optional.of(d);
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return Optional.of(duplicate(constraintIn(sql.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code constraint} is a key this class knows; for the test that checks every changelog key. */
    static boolean knows(String constraint) {
        return KEYS.containsKey(constraint);
    }

    static String constraintIn(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = KEY_NAME.matcher(message.strip());
        return m.find() ? m.group(1) : "";
    }
}

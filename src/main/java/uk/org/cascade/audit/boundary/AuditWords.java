package uk.org.cascade.audit.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail in words an administrator uses: "Sign-off", not {@code SignOff}; "Status changed to running", not
 * {@code STATUS_RUNNING}. The trail itself keeps the stored names, which the API and the filter still match on.
 */
public final class AuditWords {

    /** Each recorded type and what people call it; the filter offers them in this order. */
    static final Map<String, String> TYPES = types();

    private AuditWords() {
    }

    private static Map<String, String> types() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("ApiToken", "API token");
        t.put("Attendance", "Attendance");
        t.put("Cohort", "Cohort");
        t.put("Competency", "Competency");
        t.put("CoverageAlert", "Coverage alert");
        t.put("Employment", "Employment");
        t.put("Enrolment", "Enrolment");
        t.put("GiasImport", "School register import (GIAS)");
        t.put("ImdImport", "Deprivation import (IMD)");
        t.put("LearningRecords", "Learning records (xAPI outbox)");
        t.put("LocalAuthority", "Local authority");
        t.put("Module", "Module");
        t.put("Person", "Person");
        t.put("Programme", "Programme");
        t.put("ReminderLadder", "Reminder ladder");
        t.put("School", "School");
        t.put("SignOff", "Sign-off");
        t.put("SignOffEvidence", "Sign-off evidence");
        t.put("SupervisionLog", "Supervision log");
        t.put("SupervisionTheme", "Supervision theme");
        t.put("Team", "Team");
        t.put("UserAccount", "User account");
        return Collections.unmodifiableMap(t);
    }

    /** "Sign-off" for {@code SignOff}; a type not listed reads as its words ("uk.org.x.FooBar" → "Foo bar"). */
    public static String type(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String name = stored.strip();
        String known = TYPES.get(name);
        if (known != null) {
            return known;
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        String words = simple.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? name : sentence(words);
    }

    /** "Created", "Status changed to running", "Changed, with a new password". */
    public static String action(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String name = stored.strip();
        return switch (name) {
            case "CHANGED_WITH_PASSWORD" -> "Changed, with a new password";
            case "COVERAGE_TARGET" -> "Coverage target set";
            default -> name.startsWith("STATUS_") ? "Status changed to " + words(name.substring("STATUS_".length()))
                    : sentence(words(name));
        };
    }

    private static String words(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    }

    private static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

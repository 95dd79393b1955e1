package uk.org.cascade.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.cascade.platform.Dates;

/**
 * A refusal written for API clients, said on a page in plain English: dates as "6 December 2026", no
 * "(YYYY-MM-DD)" hints, a capital letter and a full stop. The words themselves come from the rule that refused.
 */
public final class FormWording {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern FORMAT_HINT = Pattern.compile("\\s*\\(YYYY-MM-DD\\)");
    /** A field's name as the API spells it: familiesDiscussed, schoolUrn. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]*)+\\b");
    private static final Pattern PART = Pattern.compile("[A-Z]?[a-z]+");
    private static final Pattern REQUIRED = Pattern.compile("(?i)([a-z][a-z ]{0,40}) is required");

    private FormWording() {
    }

    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "Something in the form could not be accepted. Check your answers and try again.";
        }
        String text = FORMAT_HINT.matcher(message.strip()).replaceAll("");
        text = CAMEL_CASE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(words(m.group())));
        Matcher required = REQUIRED.matcher(text);
        if (required.matches()) {
            text = "Enter the " + required.group(1).toLowerCase(Locale.UK);
        }
        text = ISO_DATE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(date(m.group(1))));
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!' ? text : text + ".";
    }

    /** "familiesDiscussed" as "families discussed", "schoolUrn" as "school URN", "personId" as "person". */
    static String words(String camelCase) {
        StringBuilder words = new StringBuilder();
        Matcher part = PART.matcher(camelCase);
        while (part.find()) {
            String word = part.group().toLowerCase(Locale.UK);
            if (word.equals("id")) {
                continue;
            }
            words.append(words.length() == 0 ? "" : " ").append(word.equals("urn") ? "URN" : word);
        }
        return words.toString();
    }

    private static String date(String iso) {
        try {
            return Dates.day(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}

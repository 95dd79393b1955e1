package uk.org.cascade.supervision.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.cascade.platform.Validation;

/**
 * Spots obvious child- or family-identifying data in free text: NHS numbers (ten digits, spaced or not, that
 * pass the modulus-11 check), dates of birth, UK postcodes and phone numbers. A refusal names the kind of
 * identifier and never quotes the text, so the identifier is neither stored, logged nor echoed back.
 * <p>
 * A "date of birth" is any full calendar date more than a year before today (session dates in notes are
 * recent or ahead; a child's or parent's birth date is years back), or any date after "DOB", "date of
 * birth" or "born".
 */
public final class Identifiers {

    /** Said next to every refusal, and on the form. */
    public static final String RULE = "Record no child- or family-identifying information: no names, dates of birth, "
            + "NHS numbers, addresses, postcodes or phone numbers.";

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ \\-]\\d+)*");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.\\-]?\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH_WORDS = Pattern.compile(
            "(?<![\\w])(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|born)(?![\\w])[^\\d]{0,20}\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)\\s*(\\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)(?:[\\s\\-()]{0,2}\\d){9,10}(?![\\d])");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("(?<![\\w+])\\+[1-9](?:[\\s\\-]?\\d){7,13}(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Identifiers() {
    }

    /** What kind of identifier {@code text} seems to hold ("an NHS number", …), or empty when none. */
    public static Optional<String> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (hasNhsNumber(text)) {
            return Optional.of("an NHS number");
        }
        if (hasDateOfBirth(text, today)) {
            return Optional.of("a date of birth");
        }
        if (hasPostcode(text)) {
            return Optional.of("a postcode");
        }
        if (UK_PHONE.matcher(text).find() || INTERNATIONAL_PHONE.matcher(text).find()) {
            return Optional.of("a phone number");
        }
        return Optional.empty();
    }

    /** Adds a violation for {@code field} when its text seems to hold an identifier; the text is never quoted. */
    public static void check(Validation check, String field, String label, String text, LocalDate today) {
        find(text, today).ifPresent(kind -> check.add(uk.org.cascade.platform.Violation.field(field,
                label + " seems to contain " + kind + ", so it was not saved. " + RULE)));
    }

    /** Ten digits in a row (single spaces or hyphens between groups allowed) that pass the NHS modulus-11 check. */
    static boolean hasNhsNumber(String text) {
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String[] groups = run.group().split("[ \\-]");
            for (int first = 0; first < groups.length; first++) {
                StringBuilder digits = new StringBuilder();
                for (int last = first; last < groups.length && digits.length() < 10; last++) {
                    digits.append(groups[last]);
                    if (digits.length() == 10 && isNhsNumber(digits.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The NHS modulus-11 check on ten digits: weights 10 down to 2, check digit 11 − remainder (11 → 0, 10 → invalid). */
    public static boolean isNhsNumber(String tenDigits) {
        if (tenDigits == null || !tenDigits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    static boolean hasDateOfBirth(String text, LocalDate today) {
        if (BIRTH_WORDS.matcher(text).find()) {
            return true;
        }
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            date(year(m.group(4), today), m.group(3), m.group(1)).ifPresent(dates::add);
        }
        m = ISO_DATE.matcher(text);
        while (m.find()) {
            date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)).ifPresent(dates::add);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            date(Integer.parseInt(m.group(3)), month(m.group(2)), m.group(1)).ifPresent(dates::add);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            date(Integer.parseInt(m.group(3)), month(m.group(1)), m.group(2)).ifPresent(dates::add);
        }
        LocalDate aYearAgo = today.minusYears(1);
        return dates.stream().anyMatch(d -> d.isBefore(aYearAgo));
    }

    static boolean hasPostcode(String text) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            String inward = m.group(3);
            boolean ordinal = inward.equals(inward.toLowerCase(Locale.ROOT)) && ORDINALS.contains(inward);
            if (!ordinal) {
                return true;
            }
        }
        return false;
    }

    private static int year(String text, LocalDate today) {
        int year = Integer.parseInt(text);
        if (text.length() == 2) {
            int century = today.getYear() / 100 * 100;
            year = century + year > today.getYear() ? century - 100 + year : century + year;
        }
        return year;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

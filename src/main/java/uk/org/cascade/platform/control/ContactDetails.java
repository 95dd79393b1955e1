package uk.org.cascade.platform.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK postcodes and phone numbers (UK and international) in folded text ({@link FoldedText}). */
final class ContactDetails {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)\\s*(\\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])");
    /** Lower-case endings that make "Y6 2nd" or "KS2 3rd" or "Y6 2hr" ordinary text, not postcodes. */
    private static final Set<String> NOT_INWARD = Set.of("st", "nd", "rd", "th", "hr");
    /** Digits may be split by spaces, hyphens, brackets, dots, slashes or underscores, at most two at a time. */
    private static final String SPLIT = "[\\s\\-()./_]{0,2}";
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)(?:" + SPLIT + "\\d){9,10}(?!\\d)");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\w+])\\+[1-9](?:[\\s\\-./]?\\d){7,13}(?!\\d)");
    /** A calendar date inside a would-be phone number ("on 01.12.2026 10 families") means it is not one. */
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\s*([./\\-])\\s*\\d{1,2}\\s*\\1\\s*\\d{2,4}"
            + "|\\d{4}\\s*([./\\-])\\s*\\d{1,2}\\s*\\2\\s*\\d{1,2}");

    private ContactDetails() {
    }

    static boolean postcodeIn(String folded) {
        Matcher m = POSTCODE.matcher(folded);
        while (m.find()) {
            String inward = m.group(3);
            boolean ordinary = inward.equals(inward.toLowerCase(Locale.ROOT)) && NOT_INWARD.contains(inward);
            if (!ordinary) {
                return true;
            }
        }
        return false;
    }

    static boolean phoneIn(String folded) {
        return phone(UK_PHONE.matcher(folded)) || phone(INTERNATIONAL_PHONE.matcher(folded));
    }

    private static boolean phone(Matcher m) {
        while (m.find()) {
            if (!DATE.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }
}

package uk.org.cascade.platform.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth in folded text ({@link FoldedText}). Next to a birth word (born, b., DOB, D.O.B., date of
 * birth, birthday, bday …), any date-like thing is one, in every common English form: d/m/y and y/m/d with
 * any separator and spacing, 2- or 4-digit years, "3rd April 2016", "April 3 2016", a month and year, a day
 * and month, a year alone, eight or six digits run together. Without a birth word, a full calendar date more
 * than {@value #YEARS_BACK} years before today is one too: the dates practice notes carry (sessions, cohorts,
 * training, supervision) are recent or ahead, a child's or parent's birth date is mostly years back. A younger
 * child's birth date with no birth word is the price of letting "the cohort began on 1 September 2024" pass.
 */
final class BirthDates {

    /** How far back an unlabelled full date must lie to be taken for a date of birth. */
    static final int YEARS_BACK = 3;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
    private static final String SEP = "(?:\\s*[./\\-_\\\\,]\\s*|\\s+)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** A year in a written-out date with no birth word: four digits, or two after an apostrophe ("'16"). */
    private static final String YEAR = "((?:19|20)\\d{2}|'\\d{2})(?!\\d)";
    /** A count of time after a birth word ("born 3-4 weeks early") is not a date. */
    private static final String NOT_A_SPAN = "(?!\\s*(?:weeks?|wks?|days?|months?|mths?|years?|yrs?|hours?|hrs?|mins?"
            + "|minutes?|early|late|prem))";
    private static final String WORD = "(?<![a-z])(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s*-?\\s*date"
            + "|birth\\s*-?\\s*day|b'?\\s?-?\\s?day|born|b\\s?\\.|y\\.?o\\.?b\\.?|year\\s+of\\s+birth)(?![a-z])";
    private static final String ANY_FORM = "(?:"
            + "\\d{1,2}" + SEP + "\\d{1,2}" + SEP + "(?:\\d{4}|'?\\d{2})(?!\\d)"          // 03/04/2016, 3 - 4 - 16
            + "|\\d{4}" + SEP + "\\d{1,2}" + SEP + "\\d{1,2}(?!\\d)"                      // 2016/04/03
            + "|(?<!\\d)(?:\\d{8}|\\d{6})(?!\\d)"                                        // 03042016, 030416
            + "|\\d{1,2}(?:st|nd|rd|th)?" + SEP + "?(?:of\\s+)?" + MONTH                 // 3rd (of) April (2016)
            + "|" + MONTH + SEP + "?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?!\\d)"          // April 3(rd) (2016)
            + "|" + MONTH + ",?" + SEP + "?(?:of\\s+)?(?:\\d{4}|'\\d{2})(?!\\d)"          // April 2016
            + "|\\d{1,2}" + SEP + "\\d{4}(?!\\d)"                                         // 04/2016
            + "|\\d{1,2}\\s*[./\\-]\\s*\\d{1,2}(?![\\d./\\-])" + NOT_A_SPAN               // 3/4
            + "|(?:in\\s+)?(?:19|20)\\d{2}(?!\\d)"                                         // (in) 2016
            + ")";
    private static final Pattern AFTER_WORD = Pattern.compile(WORD + "[^0-9]{0,25}?(?<![0-9])" + ANY_FORM);
    private static final Pattern BEFORE_WORD = Pattern.compile(ANY_FORM + "[^0-9]{0,12}?" + WORD);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\w/.\\-])(\\d{1,2})\\s*([/.\\-_\\\\])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d|\\s*[/.\\-]\\s*\\d)");
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\w/.\\-])(\\d{4})\\s*([/.\\-_\\\\])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + DAY + SEP + "?(?:of\\s+)?" + MONTH + ",?" + SEP + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + SEP + "?" + DAY + ",?" + SEP + YEAR);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private BirthDates() {
    }

    /** Whether folded {@code text} holds a date of birth. */
    static boolean in(String folded, LocalDate today) {
        String text = folded.toLowerCase(Locale.ROOT);
        if (AFTER_WORD.matcher(text).find() || BEFORE_WORD.matcher(text).find()) {
            return true;
        }
        LocalDate longAgo = today.minusYears(YEARS_BACK);
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (before(date(year(m.group(4), today), number(m.group(3)), number(m.group(1))), longAgo)) {
                return true;
            }
        }
        m = NUMERIC_YMD.matcher(text);
        while (m.find()) {
            if (before(date(number(m.group(1)), number(m.group(3)), number(m.group(4))), longAgo)) {
                return true;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (before(date(year(m.group(3), today), month(m.group(2)), number(m.group(1))), longAgo)) {
                return true;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            if (before(date(year(m.group(3), today), month(m.group(1)), number(m.group(2))), longAgo)) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(Optional<LocalDate> date, LocalDate limit) {
        return date.filter(d -> d.isBefore(limit)).isPresent();
    }

    /** A 2-digit year is the latest year ending in those digits that is not after this year. */
    private static int year(String text, LocalDate today) {
        String digits = text.replace("'", "");
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            int century = today.getYear() / 100 * 100;
            year = century + year > today.getYear() ? century - 100 + year : century + year;
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

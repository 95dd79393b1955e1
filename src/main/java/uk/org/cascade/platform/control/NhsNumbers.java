package uk.org.cascade.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS numbers in folded text ({@link FoldedText}): ten digits that pass the modulus-11 check, however they
 * are split. Groups of digits count as one number when only separators stand between them — spaces,
 * {@code . / \ _ -}, brackets, or words such as "then", "and", "followed by", "dash". A comma separates
 * too, but only in the shapes a number is read out in (3-3-4, or digit by digit), since a list of counts
 * ("12, 14, 9, 22, 31 and 7") would otherwise pass the check one time in eleven. Calendar dates are not
 * parts of a number: "from 12/11/2026 - 19/11" is two dates, not ten digits.
 */
final class NhsNumbers {

    private static final Pattern GROUP = Pattern.compile("\\d+");
    private static final String WORDS = "then|and|followed by|next|dash|hyphen|slash|dot|point|space|stroke|underscore"
            + "|comma|and then";
    private static final Pattern SEPARATOR = Pattern.compile("(?i)(?:[\\s./\\\\_\\-()\\[\\]{}|*#~'\"+=,]|\\b(?:"
            + WORDS + ")\\b){1,12}");
    private static final int SEPARATOR_MAX = 24;
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:(?:0?[1-9]|[12]\\d|3[01])([./\\-])(?:0?[1-9]|1[0-2])\\1(?:19|20)\\d{2}"
                    + "|(?:19|20)\\d{2}([./\\-])(?:0?[1-9]|1[0-2])\\2(?:0?[1-9]|[12]\\d|3[01]))(?!\\d)");

    private NhsNumbers() {
    }

    /** Whether folded {@code text} holds an NHS number. */
    static boolean in(String text) {
        String undated = DATE.matcher(text).replaceAll(" ; ");
        List<String> groups = new ArrayList<>();
        List<Boolean> commaBefore = new ArrayList<>();
        Matcher m = GROUP.matcher(undated);
        int lastEnd = -1;
        while (m.find()) {
            boolean joined = lastEnd >= 0 && separates(undated.substring(lastEnd, m.start()));
            if (!joined && !groups.isEmpty()) {
                if (holdsOne(groups, commaBefore)) {
                    return true;
                }
                groups.clear();
                commaBefore.clear();
            }
            commaBefore.add(joined && undated.substring(lastEnd, m.start()).contains(","));
            groups.add(m.group());
            lastEnd = m.end();
        }
        return holdsOne(groups, commaBefore);
    }

    private static boolean separates(String gap) {
        return gap.length() <= SEPARATOR_MAX && SEPARATOR.matcher(gap).matches();
    }

    /** Some run of whole groups in one chain makes exactly ten digits that pass the check. */
    private static boolean holdsOne(List<String> groups, List<Boolean> commaBefore) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            boolean comma = false;
            for (int last = first; last < groups.size() && digits.length() < 10; last++) {
                digits.append(groups.get(last));
                comma |= last > first && commaBefore.get(last);
                if (digits.length() == 10 && isNhsNumber(digits.toString())
                        && (!comma || readOut(groups.subList(first, last + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Groups in the shape a number is written or read out in: 3-3-4, or one digit at a time. */
    private static boolean readOut(List<String> groups) {
        boolean threeThreeFour = groups.size() == 3 && groups.get(0).length() == 3 && groups.get(1).length() == 3;
        return threeThreeFour || groups.stream().allMatch(g -> g.length() == 1);
    }

    /** The NHS modulus-11 check on ten digits: weights 10 down to 2, check digit 11 − remainder (11 → 0, 10 → invalid). */
    static boolean isNhsNumber(String tenDigits) {
        if (tenDigits == null || !tenDigits.matches("\\d{10}") || tenDigits.chars().distinct().count() == 1) {
            return false; // one digit ten times passes the arithmetic but is never issued
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
}

package uk.org.cascade.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in English words turned into digits, so that an NHS number read out digit by digit ("nine
 * four three …", "double oh"), a year ("twenty sixteen", "two thousand and sixteen"), a day ("third") or an
 * age ("seven") is checked like its digits. A run of number words separated by spaces or hyphens is one
 * phrase; each number in it becomes a group of digits, groups separated by a space. "oh" and "o" are zero
 * only beside another number.
 */
final class NumberWords {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("nought", 0),
            Map.entry("naught", 0), Map.entry("nil", 0), Map.entry("oh", 0), Map.entry("o", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30));
    private static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3, "treble", 3);

    private NumberWords() {
    }

    /** {@code text} with every phrase of number words replaced by its digits; all else as it was. */
    static String toDigits(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < words.size(); ) {
            if (word(text, words.get(i)).equals("and")) {
                i++; // a phrase starts with a number, never with "and"
                continue;
            }
            int end = i;
            while (end < words.size() && isNumberWord(word(text, words.get(end)))
                    && (end == i || joined(text, words.get(end - 1)[1], words.get(end)[0]))) {
                end++;
            }
            while (end > i && word(text, words.get(end - 1)).equals("and")) {
                end--; // an "and" ending a phrase joins nothing: "three and" stays as it is
            }
            if (end == i) {
                i++;
                continue;
            }
            List<String> phrase = new ArrayList<>();
            for (int k = i; k < end; k++) {
                phrase.add(word(text, words.get(k)));
            }
            int start = words.get(i)[0];
            int stop = words.get(end - 1)[1];
            if (onlyZeroLetters(phrase) && !besideADigit(text, start, stop)) {
                i = end;
                continue;
            }
            out.append(text, copied, start).append(String.join(" ", numbers(phrase)));
            copied = stop;
            i = end;
        }
        return out.append(text.substring(copied)).toString();
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean isNumberWord(String w) {
        return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w) || ORDINALS.containsKey(w)
                || REPEATS.containsKey(w) || w.equals("hundred") || w.equals("thousand") || w.equals("and");
    }

    /** Two number words belong to one phrase when only spaces or one hyphen stand between them. */
    private static boolean joined(String text, int from, int to) {
        String gap = text.substring(from, to);
        return gap.isBlank() || gap.strip().equals("-");
    }

    private static boolean onlyZeroLetters(List<String> phrase) {
        return phrase.stream().allMatch(w -> w.equals("oh") || w.equals("o"));
    }

    private static boolean besideADigit(String text, int start, int stop) {
        String before = text.substring(0, start).stripTrailing();
        String after = text.substring(stop).stripLeading();
        return (!before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1)))
                || (!after.isEmpty() && Character.isDigit(after.charAt(0)));
    }

    /** The numbers a phrase says, in order; an "and" that joins no numbers is kept as a word. */
    private static List<String> numbers(List<String> phrase) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < phrase.size()) {
            String w = phrase.get(i);
            if (w.equals("and") || w.equals("hundred") || w.equals("thousand")) {
                out.add(w);
                i++;
            } else if (REPEATS.containsKey(w) && i + 1 < phrase.size() && UNITS.containsKey(phrase.get(i + 1))) {
                out.add(String.valueOf(UNITS.get(phrase.get(i + 1))).repeat(REPEATS.get(w)));
                i += 2;
            } else if (REPEATS.containsKey(w)) {
                out.add(w);
                i++;
            } else if (ORDINALS.containsKey(w)) {
                out.add(ordinal(ORDINALS.get(w)));
                i++;
            } else {
                i = number(phrase, i, out);
            }
        }
        return out;
    }

    /** Reads one number starting at {@code i} (a unit, teen or tens word); adds it and returns the next index. */
    private static int number(List<String> p, int i, List<String> out) {
        int[] small = twoDigits(p, i);
        int value = small[0];
        int next = small[1];
        if (UNITS.containsKey(p.get(i)) && value > 0 && at(p, next, "hundred")) {
            value *= 100;
            next++;
            int[] rest = afterAnd(p, next);
            if (rest != null) {
                value += rest[0];
                next = rest[1];
            }
        }
        if (value > 0 && value < 1000 && at(p, next, "thousand")) {
            value *= 1000;
            next++;
            int[] rest = afterAnd(p, next);
            if (rest != null) {
                value += rest[0];
                next = rest[1];
            }
            out.add(String.valueOf(value));
            return next;
        }
        boolean pairable = value >= 10 && value < 100 && !UNITS.containsKey(p.get(i));
        if (pairable && next < p.size() && ORDINALS.containsKey(p.get(next)) && value % 10 == 0 && value >= 20) {
            // "twenty-first": a tens word and an ordinal unit
            out.add(ordinal(value + ORDINALS.get(p.get(next))));
            return next + 1;
        }
        if (pairable && next < p.size()) {
            // a year said in two halves: "nineteen ninety-five", "twenty sixteen", "twenty oh five"
            if ((p.get(next).equals("oh") || p.get(next).equals("o")) && next + 1 < p.size()
                    && UNITS.containsKey(p.get(next + 1))) {
                out.add(value + "0" + UNITS.get(p.get(next + 1)));
                return next + 2;
            }
            if (TEENS.containsKey(p.get(next)) || TENS.containsKey(p.get(next))) {
                int[] second = twoDigits(p, next);
                out.add(String.format("%d%02d", value, second[0]));
                return second[1];
            }
        }
        out.add(String.valueOf(value));
        return next;
    }

    /** A unit, a teen, a tens word, or a tens word and a unit ("forty-three"): its value and the next index. */
    private static int[] twoDigits(List<String> p, int i) {
        String w = p.get(i);
        if (TENS.containsKey(w) && i + 1 < p.size() && UNITS.containsKey(p.get(i + 1)) && UNITS.get(p.get(i + 1)) > 0) {
            return new int[]{TENS.get(w) + UNITS.get(p.get(i + 1)), i + 2};
        }
        Integer value = UNITS.containsKey(w) ? UNITS.get(w) : TEENS.containsKey(w) ? TEENS.get(w) : TENS.get(w);
        return new int[]{value, i + 1};
    }

    /** The part after "hundred" or "thousand", with or without "and"; null when none follows. */
    private static int[] afterAnd(List<String> p, int i) {
        int j = at(p, i, "and") ? i + 1 : i;
        if (j < p.size() && (UNITS.containsKey(p.get(j)) || TEENS.containsKey(p.get(j)) || TENS.containsKey(p.get(j)))) {
            int[] small = twoDigits(p, j);
            if (UNITS.containsKey(p.get(j)) && at(p, small[1], "hundred")) {
                int[] rest = afterAnd(p, small[1] + 1);
                return rest == null ? new int[]{small[0] * 100, small[1] + 1}
                        : new int[]{small[0] * 100 + rest[0], rest[1]};
            }
            return small;
        }
        return null;
    }

    private static boolean at(List<String> p, int i, String word) {
        return i < p.size() && p.get(i).equals(word);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

package uk.org.cascade.platform.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Free text folded into the one plain form the identifier checks read, so that look-alike characters cannot
 * carry an identifier past them: Unicode NFKC (full-width and other compatibility digits and letters become
 * plain ones), invisible format characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen)
 * dropped, every kind of space and line break one plain space, every dash a hyphen, look-alike slashes and
 * dots plain ones, digits of any script ASCII, numbers written in words digits ({@link NumberWords}), and a
 * letter O or l standing among digits 0 or 1. Case is kept: the name check needs it.
 */
final class FoldedText {

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** An O or o (for zero) and an l or I (for one) written among digits, touching no other letter. */
    private static final Pattern ZERO_LETTER = Pattern.compile("(?<=\\d)[Oo](?![\\p{L}])|(?<![\\p{L}])[Oo](?=\\d)");
    private static final Pattern ONE_LETTER = Pattern.compile("(?<=\\d)[lI](?=\\d)");

    private FoldedText() {
    }

    static String of(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> fold(c, out));
        text = NumberWords.toDigits(out.toString());
        for (int i = 0; i < 2; i++) {
            // twice: "4O0" has two letters side by side, each needing the other replaced first
            text = ZERO_LETTER.matcher(text).replaceAll("0");
        }
        text = ONE_LETTER.matcher(text).replaceAll("1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static void fold(int c, StringBuilder out) {
        int type = Character.getType(c);
        if (type == Character.FORMAT || invisible(c)) {
            return;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || blank(c)) {
            out.append(' ');
        } else if (type == Character.DASH_PUNCTUATION || c == 0x2212 || c == 0xFE63 || c == 0xFF0D) {
            out.append('-');
        } else if (c == 0x2044 || c == 0x2215 || c == 0x29F8 || c == 0xFF0F) {
            out.append('/');
        } else if (c == 0x00B7 || c == 0x2022 || c == 0x2027 || c == 0x30FB || c == 0x2219 || c == 0x22C5) {
            out.append('.');
        } else if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032 || c == 0x02BC) {
            out.append('\'');
        } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
            out.append((char) ('0' + Character.digit(c, 10)));
        } else {
            out.appendCodePoint(c);
        }
    }

    /** Marks that show nothing but are not of the format category: grapheme joiner, variation selectors. */
    private static boolean invisible(int c) {
        return c == 0x034F || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x180B
                || c == 0x180C || c == 0x180D;
    }

    /** Characters that render as an empty space without being Unicode spaces (Hangul and Braille blanks). */
    private static boolean blank(int c) {
        return c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x2800;
    }
}

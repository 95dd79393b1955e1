package uk.org.cascade.platform.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.Violation;

/**
 * The one guard against child- or family-identifying data in the free text practitioners, supervisors and
 * trainers write (supervision notes, corrections, theme names, safeguarding actions, sign-off evidence,
 * revocation reasons, evidence file names). The text is first folded ({@link FoldedText}: Unicode NFKC,
 * invisible characters dropped, every space one space, numbers in words as digits), then checked for an NHS
 * number ({@link NhsNumbers}), a date of birth ({@link BirthDates}), a full name with an age or school year
 * ({@link NamesWithAges}), a postcode or a phone number ({@link ContactDetails}).
 * <p>
 * A refusal names the field and the kind of identifier and never quotes the text, so the identifier is
 * neither stored, logged nor echoed back.
 */
public final class ChildIdentifiers {

    /** Said next to every refusal, and on the forms. */
    public static final String RULE = "Record no child- or family-identifying information: no names, ages or school "
            + "years, dates of birth, NHS numbers, addresses, postcodes or phone numbers.";

    /** What a piece of text was refused for, as the refusal says it. */
    public enum Kind {
        NHS_NUMBER("an NHS number"),
        DATE_OF_BIRTH("a date of birth"),
        NAME_WITH_AGE("a name with an age or school year"),
        POSTCODE("a postcode"),
        PHONE_NUMBER("a phone number");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }

    private ChildIdentifiers() {
    }

    /** The first kind of identifier {@code text} seems to hold, or empty when none. */
    public static Optional<Kind> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = FoldedText.of(text);
        if (NhsNumbers.in(folded)) {
            return Optional.of(Kind.NHS_NUMBER);
        }
        if (BirthDates.in(folded, today)) {
            return Optional.of(Kind.DATE_OF_BIRTH);
        }
        if (NamesWithAges.in(folded)) {
            return Optional.of(Kind.NAME_WITH_AGE);
        }
        if (ContactDetails.postcodeIn(folded)) {
            return Optional.of(Kind.POSTCODE);
        }
        return ContactDetails.phoneIn(folded) ? Optional.of(Kind.PHONE_NUMBER) : Optional.empty();
    }

    /**
     * Adds a violation for {@code field} when its text seems to hold an identifier. {@code label} starts the
     * message ("The note"); the text itself is never quoted.
     */
    public static void check(Validation check, String field, String label, String text, LocalDate today) {
        refusal(field, label, text, today).ifPresent(check::add);
    }

    /** The violation for {@code field} when its text seems to hold an identifier. */
    public static Optional<Violation> refusal(String field, String label, String text, LocalDate today) {
        return find(text, today).map(kind -> Violation.field(field,
                // "What you wrote in": right whether the label is singular or plural ("the theme notes").
                "What you wrote in " + Character.toLowerCase(label.charAt(0)) + label.substring(1)
                        + " looks like it contains " + kind.phrase() + ", so it was not saved. " + RULE));
    }

    /** The NHS modulus-11 check on ten digits. */
    public static boolean isNhsNumber(String tenDigits) {
        return NhsNumbers.isNhsNumber(tenDigits);
    }
}

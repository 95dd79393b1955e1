package uk.org.cascade.people.boundary;

import java.util.List;
import java.util.Optional;
import uk.org.cascade.organisation.control.SchoolChoices;
import uk.org.cascade.organisation.control.SchoolChoices.Choice;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.platform.ValidationFailure;

/** The school field of the people forms: suggestions within the caller's reach, and the URN a chosen one names. */
final class SchoolPicker {

    private static final int SUGGESTIONS = 20;

    private SchoolPicker() {
    }

    static List<String> suggest(SchoolChoices choices, String text, Reach reach) {
        return choices.matching(text, reach.scope(), SUGGESTIONS).stream().map(Choice::label).toList();
    }

    /** The label of the school with this URN, when the caller reaches it. */
    static Optional<String> label(SchoolChoices choices, Integer urn, Reach reach) {
        return urn == null ? Optional.empty() : choices.matching(urn.toString(), reach.scope(), SUGGESTIONS).stream()
                .filter(c -> c.urn() == urn).map(Choice::label).findFirst();
    }

    /**
     * The URN the field names; null when it is empty, so that the rule that wants a school says so. Text that
     * names no school is refused on the field.
     */
    static Integer urn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return SchoolChoices.urnIn(text).orElseThrow(() -> ValidationFailure.of("schoolUrn",
                "Choose a school from the list that appears as you type its name, or type its URN"));
    }
}

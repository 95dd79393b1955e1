package uk.org.cascade.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.platform.DateSpan;

/**
 * Holding arithmetic. A COMPETENT, non-revoked sign-off is held over a {@link DateSpan} [from, until);
 * overlapping or touching sign-offs make one continuous holding. Each sign-off's expiry is fixed when it is recorded,
 * by its competency's {@link uk.org.cascade.curriculum.entity.ExpiryRule}.
 */
public final class Holding {

    private Holding() {
    }

    /** The continuous holding that covers {@code day}, from its first day, if any. */
    public static Optional<DateSpan> on(List<DateSpan> signOffs, LocalDate day) {
        return merged(signOffs).stream().filter(s -> s.contains(day)).findFirst();
    }

    /** The spans joined where they overlap or touch, earliest first. */
    public static List<DateSpan> merged(List<DateSpan> signOffs) {
        List<DateSpan> sorted = signOffs.stream().sorted(Comparator.comparing(DateSpan::from)).toList();
        List<DateSpan> merged = new ArrayList<>();
        for (DateSpan next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).meets(next)) {
                merged.set(last, merged.get(last).joinedWith(next));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}

package uk.org.cascade.supervision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.supervision.control.OverdueList;

/**
 * The coverage dashboard's "last supervision" column, which supervision fills so that coverage need not know
 * it: when a school's staff were last supervised for the programme, fetched in one query for the page on screen.
 * No scope check: dates per school carry no personal data.
 */
@Named
@RequestScoped
public class LastSupervisionBacking {

    @Inject
    OverdueList overdueList;

    private final Map<Integer, LocalDate> last = new HashMap<>();
    private final Set<Integer> asked = new HashSet<>();
    private Long programmeId;

    /** The last supervision at school {@code urn}, or null when never; {@code page}: the schools on screen with it. */
    public LocalDate at(int urn, Collection<Integer> page, Programme programme) {
        if (!programme.getId().equals(programmeId)) {
            programmeId = programme.getId();
            last.clear();
            asked.clear();
        }
        if (!asked.contains(urn)) {
            Set<Integer> urns = new LinkedHashSet<>(page);
            urns.add(urn);
            last.putAll(overdueList.lastSupervised(urns, programme));
            asked.addAll(urns);
        }
        return last.get(urn);
    }

    /** Nobody at the school was supervised within the programme's interval before {@code day}. */
    public boolean unsupervised(int urn, Collection<Integer> page, Programme programme, LocalDate day) {
        LocalDate when = at(urn, page, programme);
        return when == null || when.isBefore(day.minusWeeks(programme.getSupervisionIntervalWeeks()));
    }
}

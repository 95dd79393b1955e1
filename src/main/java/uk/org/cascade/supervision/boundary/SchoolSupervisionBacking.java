package uk.org.cascade.supervision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.supervision.control.OverdueList;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.Supervision;

/**
 * The supervision part of a school's page: the last supervision of its staff per programme (no names), and
 * its practising staff with their last supervision, as far as the caller may see them.
 */
@Named
@RequestScoped
public class SchoolSupervisionBacking {

    /** The last supervision at the school for a programme. */
    public record Last(String programme, String date) {
    }

    @Inject
    Supervision supervision;

    @Inject
    OverdueList overdueList;

    @Inject
    Curriculum curriculum;

    @Inject
    CurrentUser currentUser;

    private List<Last> last;
    private List<SuperviseesBacking.Row> staff;

    public List<Last> last(int urn) {
        if (last == null) {
            last = new ArrayList<>();
            for (Programme p : curriculum.allProgrammes()) {
                Map<Integer, java.time.LocalDate> found = overdueList.lastSupervised(List.of(urn), p);
                if (found.containsKey(urn)) {
                    last.add(new Last(p.getTitle(), SuperviseesBacking.DAY.format(found.get(urn))));
                }
            }
        }
        return last;
    }

    public List<SuperviseesBacking.Row> staff(int urn) {
        if (staff == null) {
            staff = overdueList.overdue(null, null, urn, OverdueQuery.Due.ALL, null, currentUser.account(),
                    PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(SuperviseesBacking::row).toList();
        }
        return staff;
    }
}

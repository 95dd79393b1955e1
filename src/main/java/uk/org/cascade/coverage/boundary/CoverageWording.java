package uk.org.cascade.coverage.boundary;

import java.util.List;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.platform.boundary.Wording;

/**
 * Coverage's facts as the pages and exports say them: reasons with their days in words. The API's
 * {@code Reason.text()} keeps ISO days beside its {@code date} field for machines.
 */
final class CoverageWording {

    private static final Wording WORDING = new Wording();

    private CoverageWording() {
    }

    /** "Nia Expiring's practitioner competency expires on 5 January 2027". */
    static String reason(Reason r) {
        return r.kind() == ReasonKind.EXPIRY
                ? r.name() + "'s practitioner competency expires on " + WORDING.date(r.date())
                : r.name() + " leaves on " + WORDING.date(r.date()) + " (last day)";
    }

    static String reasons(List<Reason> reasons) {
        return String.join("; ", reasons.stream().map(CoverageWording::reason).toList());
    }
}

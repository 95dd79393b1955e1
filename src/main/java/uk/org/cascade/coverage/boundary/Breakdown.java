package uk.org.cascade.coverage.boundary;

import java.io.Serializable;
import uk.org.cascade.coverage.entity.CoverageStatus;

/** Schools per status along one breakdown (or one month); "in cover" counts COVERED and AT_RISK (cover held today). */
public record Breakdown(String key, String label, long covered, long atRisk, long gap, long notStarted,
                        long trained) implements Serializable {

    public long total() {
        return covered + atRisk + gap + notStarted;
    }

    public long inCoverPercent() {
        return total() == 0 ? 0 : Math.round(100.0 * (covered + atRisk) / total());
    }

    public long count(CoverageStatus s) {
        return switch (s) {
            case COVERED -> covered;
            case AT_RISK -> atRisk;
            case GAP -> gap;
            case NOT_STARTED -> notStarted;
        };
    }
}

package uk.org.cascade.cohort.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who gets a freed place: people enrolling for a school with no trained staff come first, because that
 * school has a coverage gap; otherwise first come, first served.
 */
public final class WaitingList {

    /** A person waiting for a place. */
    public record Candidate(long enrolmentId, Instant requestedAt, boolean schoolHasTrainedStaff) {
    }

    public static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::schoolHasTrainedStaff)
            .thenComparing(Candidate::requestedAt)
            .thenComparingLong(Candidate::enrolmentId);

    private WaitingList() {
    }

    /** The queue, first in line first. */
    public static List<Candidate> order(Collection<Candidate> waiting) {
        return waiting.stream().sorted(ORDER).toList();
    }
}

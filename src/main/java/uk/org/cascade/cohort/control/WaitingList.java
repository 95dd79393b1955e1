package uk.org.cascade.cohort.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who gets a freed place: people enrolling for a school whose trained staff are below its coverage target come
 * first (a gap, or a leaver just took it below); otherwise first come, first served.
 */
public final class WaitingList {

    /** A person waiting for a place. */
    public record Candidate(long enrolmentId, Instant requestedAt, boolean schoolCovered) {
    }

    public static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::schoolCovered)
            .thenComparing(Candidate::requestedAt)
            .thenComparingLong(Candidate::enrolmentId);

    private WaitingList() {
    }

    /** The queue, first in line first. */
    public static List<Candidate> order(Collection<Candidate> waiting) {
        return waiting.stream().sorted(ORDER).toList();
    }
}

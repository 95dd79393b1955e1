package uk.org.cascade.refresher.control;

/**
 * One holding whose refresher matters on the run's day: its window, whether the person holds the competency that
 * day, whether they already have a refresher place (never, without a refresher programme: null), and their school that day (null values when they work at no
 * school). Read by {@link RefresherQueries}; no personal data beyond ids.
 */
public record DueRefresher(long personId, long competencyId, Long refresherProgrammeId, RefresherWindow window,
                           boolean held, boolean hasPlace, Integer schoolUrn, Integer localAuthority,
                           String localAuthorityName, String region) {

    /** Whether a refresher programme renews it, so that a place can be sought. */
    public boolean renewable() {
        return refresherProgrammeId != null;
    }

    public boolean atSchool() {
        return schoolUrn != null;
    }
}

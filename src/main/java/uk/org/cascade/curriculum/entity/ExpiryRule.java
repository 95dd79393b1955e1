package uk.org.cascade.curriculum.entity;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Validation;

/**
 * When a COMPETENT sign-off expires: the one home of that arithmetic. Expiries are exclusive, as every
 * {@link DateSpan}: the first day no longer held. Month ends clamp ({@code plusMonths}: 31 January plus a month is
 * 29 February in a leap year, else 28 February).
 *
 * <p>{@code FIXED_DATE} names the last day held: "31 August" means held on 31 August and expired from 1 September,
 * which is what the certificate's "Valid until 31 August" says. The fixed day recurs every year, so such a
 * competency is valid for 12 months; 29 February is refused, since most years have none.
 *
 * @param fixedDay            FIXED_DATE only: the last day held each year
 * @param minimumActiveMonths FIXED_DATE only: a sign-off is held at least this long, else it runs to the next year's day
 */
public record ExpiryRule(ExpiryBase base, MonthDay fixedDay, Integer minimumActiveMonths) {

    /** Today's rule, and every existing competency's. */
    public static final ExpiryRule PREVIOUS = new ExpiryRule(ExpiryBase.PREVIOUS_EXPIRY, null, null);
    public static final int FIXED_DATE_VALIDITY_MONTHS = 12;
    public static final int MINIMUM_ACTIVE_MONTHS_MAX = FIXED_DATE_VALIDITY_MONTHS - 1;
    private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

    /**
     * When a sign-off on {@code signedOn} expires, given the learner's holding that covers that day (if any);
     * null when the competency never expires (no validity), or the holding it renews never does.
     */
    public LocalDate expiry(Optional<DateSpan> heldThatDay, LocalDate signedOn, Integer validityMonths) {
        if (validityMonths == null) {
            return null;
        }
        return switch (base) {
            case PREVIOUS_EXPIRY -> heldThatDay.isEmpty() ? signedOn.plusMonths(validityMonths)
                    : heldThatDay.get().until() == null ? null : heldThatDay.get().until().plusMonths(validityMonths);
            case COMPLETION_DATE -> signedOn.plusMonths(validityMonths);
            case FIXED_DATE -> fixedExpiry(heldThatDay.map(DateSpan::until).orElse(null), signedOn);
        };
    }

    /**
     * The day after the first fixed day on or after {@code signedOn} that leaves the sign-off held for the minimum
     * period and, for a renewal, ends later than the holding it renews (else a renewal would add nothing).
     */
    private LocalDate fixedExpiry(LocalDate currentExpiry, LocalDate signedOn) {
        int year = fixedDay.atYear(signedOn.getYear()).isBefore(signedOn) ? signedOn.getYear() + 1 : signedOn.getYear();
        LocalDate heldAtLeastUntil = signedOn.plusMonths(minimumActiveMonths);
        LocalDate expiry = fixedDay.atYear(year).plusDays(1);
        while (expiry.isBefore(heldAtLeastUntil) || (currentExpiry != null && !expiry.isAfter(currentExpiry))) {
            expiry = fixedDay.atYear(++year).plusDays(1);
        }
        return expiry;
    }

    /** Refuses, naming the field, a rule that makes no sense on its own or with the competency's validity. */
    public void check(Validation check, Integer validityMonths) {
        if (base == null) {
            return;
        }
        check.require(base == ExpiryBase.PREVIOUS_EXPIRY || validityMonths != null, "expiryBase",
                "only a competency that expires can renew from the date of the renewal or to a fixed date");
        if (base != ExpiryBase.FIXED_DATE) {
            check.require(fixedDay == null, "fixedExpiryDay", "fixedExpiryDay is only for expiryBase FIXED_DATE")
                    .require(minimumActiveMonths == null, "minimumActiveMonths",
                            "minimumActiveMonths is only for expiryBase FIXED_DATE");
            return;
        }
        check.require(fixedDay != null, "fixedExpiryDay",
                        "fixedExpiryDay is required for expiryBase FIXED_DATE: the last day held each year, e.g. \"--08-31\"")
                .require(!LEAP_DAY.equals(fixedDay), "fixedExpiryDay",
                        "29 February is not in every year: choose 28 February or 1 March")
                .require(minimumActiveMonths != null && minimumActiveMonths >= 1
                                && minimumActiveMonths <= MINIMUM_ACTIVE_MONTHS_MAX, "minimumActiveMonths",
                        "minimumActiveMonths must be between 1 and " + MINIMUM_ACTIVE_MONTHS_MAX
                                + " for expiryBase FIXED_DATE")
                .require(validityMonths == null || validityMonths == FIXED_DATE_VALIDITY_MONTHS, "validityMonths",
                        "a competency renewed to a fixed date each year is valid for 12 months");
    }
}

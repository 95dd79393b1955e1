package uk.org.cascade.coverage.entity;

/** A school's coverage for one programme on one day, as DESIGN.md defines it ({@code CoverageRule.status}). */
public enum CoverageStatus {
    /** At least the target of trained staff, and still so in 90 days as far as is known. */
    COVERED,
    /** Covered today, but known expiries or leavers take it below target within 90 days. */
    AT_RISK,
    /** Below target, though the school has had trained staff: cover was lost or is incomplete. */
    GAP,
    /** No trained member of staff, ever. */
    NOT_STARTED
}

/**
 * Which schools are covered: trained staff per school, programme and day, the status that follows from a
 * school's target, at-risk reasons, roll-ups, monthly snapshots and turnover alerts. A read model: counts
 * are aggregated in SQL, never by loading entities.
 */
package uk.org.cascade.coverage;

/**
 * Refreshers: before a competency runs out, its holder gets a place on the refresher programme that renews it.
 * Daily (and on demand) the scheduler places everyone whose refresher window is open in the earliest suitable
 * refresher cohort and sends the steps of each competency's reminder ladder (by default 90, 60, 30 and 7 days
 * before expiry, at lapse and 14 days after) to the holder and, where a step says so, their coordinators and their
 * latest supervisor; what it cannot place is demand, which coordinators see per local authority and month.
 */
package uk.org.cascade.refresher;

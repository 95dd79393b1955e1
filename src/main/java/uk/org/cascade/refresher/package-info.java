/**
 * Refreshers: before a competency runs out, its holder gets a place on the refresher programme that renews it.
 * Daily (and on demand) the scheduler places everyone whose refresher window is open in the earliest suitable
 * refresher cohort, reminds people when their window opens, 30 days before expiry and at lapse, and tells
 * coordinators; what it cannot place is demand, which coordinators see per local authority and month.
 */
package uk.org.cascade.refresher;

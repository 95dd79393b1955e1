/**
 * Deliveries of a programme: lead trainers, sessions, enrolments with a waiting list, attendance and
 * completion. Capacity is never exceeded: every change to a cohort's places holds its row lock.
 */
package uk.org.cascade.cohort;

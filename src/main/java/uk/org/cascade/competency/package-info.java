/**
 * Who is competent, signed off by whom, until when. Sign-offs are append-only; a mistake is corrected by
 * a revocation with a reason. A person holds a competency on a day when a non-revoked COMPETENT sign-off
 * covers it.
 */
package uk.org.cascade.competency;

/** The append-only audit trail: who changed what, when, with the record's state before and after. */
package uk.org.cascade.audit;

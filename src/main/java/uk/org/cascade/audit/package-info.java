/**
 * The append-only audit trail: who changed what, when, with the record's state before and after. And the learning
 * record: each learning event as an xAPI statement, kept in an outbox written with the event and sent to a
 * learning record store ({@code control.LearningRecords}). Both sit here, below every domain context, because every
 * context writes them inside its own transactions.
 */
package uk.org.cascade.audit;

/**
 * What every context stands on: the data source, Liquibase migrations run before JPA is used,
 * health, problem+json errors, paging, the demo world's start and order (each context loads its own part),
 * England's reference facts, and the launcher that boots Payara Micro.
 */
package uk.org.cascade.platform;

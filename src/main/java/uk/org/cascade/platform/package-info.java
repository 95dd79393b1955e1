/**
 * What every context stands on: the data source, Liquibase migrations run before JPA is used,
 * health, problem+json errors, paging, demo data and the launcher that boots Payara Micro.
 */
package uk.org.cascade.platform;

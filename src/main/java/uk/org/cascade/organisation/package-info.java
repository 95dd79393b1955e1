/**
 * Regions, local authorities and schools (from GIAS), and the teams that serve them.
 * A coordinator's scope is a set of local authorities and/or regions.
 */
package uk.org.cascade.organisation;

/**
 * Who may do what: sign-ins (each held by a person, seen here through the read-only AccountHolder), roles, a
 * coordinator's scope, password policy, login throttling, the current user, the home page, and the
 * authentication mechanism shared by the UI (form) and the API (Basic). Creating and changing users is people's.
 */
package uk.org.cascade.security;

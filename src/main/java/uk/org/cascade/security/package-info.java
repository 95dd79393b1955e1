/**
 * Who may do what: user accounts linked to people, roles, a coordinator's scope, password policy,
 * login throttling, and the authentication mechanism shared by the UI (form) and the API (Basic).
 */
package uk.org.cascade.security;

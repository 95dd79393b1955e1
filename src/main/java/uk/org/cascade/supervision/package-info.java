/**
 * Are the trained staff supported while they practise? Supervision logs (individual or group), the
 * overdue rule (a practising person is supervised at least every N weeks of their programme) and the
 * last supervision per school. No child- or family-identifying data is ever stored: free text is checked
 * by {@link uk.org.cascade.platform.control.ChildIdentifiers} and refused when it looks like an identifier.
 */
package uk.org.cascade.supervision;

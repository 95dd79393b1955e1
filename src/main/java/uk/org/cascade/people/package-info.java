/**
 * People and where they work. A person's competencies belong to the person, never to a school;
 * employments (added by the organisation issue) say which schools they count for.
 */
package uk.org.cascade.people;

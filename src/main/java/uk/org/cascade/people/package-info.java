/**
 * People and where they work. A person's competencies belong to the person, never to a school;
 * employments (added by the organisation issue) say which schools they count for. User administration lives
 * here too, because giving someone a sign-in creates or renames the person.
 */
package uk.org.cascade.people;

package uk.org.cascade.security.control;

import java.util.Collection;
import java.util.Map;

/**
 * The names of local authorities, so that a coordinator's scope reads "Norfolk" rather than "926". Local
 * authorities belong to the organisation context, above security, so organisation answers this.
 */
public interface LocalAuthorityNames {

    /** The name of each of {@code codes} that exists; an unknown code is left out. */
    Map<Integer, String> namesOf(Collection<Integer> codes);
}

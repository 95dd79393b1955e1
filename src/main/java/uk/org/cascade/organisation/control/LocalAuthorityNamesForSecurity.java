package uk.org.cascade.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.security.control.LocalAuthorityNames;

/** Organisation's answer to security: the names behind a scope's local authority codes. */
@ApplicationScoped
public class LocalAuthorityNamesForSecurity implements LocalAuthorityNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Integer, String> namesOf(Collection<Integer> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT l.code, l.name FROM LocalAuthority l WHERE l.code IN :codes", Object[].class)
                .setParameter("codes", List.copyOf(codes)).getResultList().stream()
                .collect(Collectors.toMap(r -> (Integer) r[0], r -> (String) r[1]));
    }
}

package uk.org.cascade.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Small facts the platform keeps about itself, such as when demo data was loaded. */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    public Optional<String> get(String name) {
        List<?> rows = em.createNativeQuery("SELECT setting_value FROM platform_setting WHERE name = ?1")
                .setParameter(1, name)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Transactional
    public void put(String name, String value) {
        em.createNativeQuery("INSERT INTO platform_setting (name, setting_value) VALUES (?1, ?2) "
                        + "ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value)")
                .setParameter(1, name)
                .setParameter(2, value)
                .executeUpdate();
    }
}

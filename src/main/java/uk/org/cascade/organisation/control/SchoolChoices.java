package uk.org.cascade.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.security.entity.Scope;

/**
 * Open schools to pick from on a form, found by part of their name or by URN, within a coordinator's scope
 * (empty: the whole register). A choice is shown as {@link Choice#label()} and read back by {@link #urnIn}.
 */
@ApplicationScoped
public class SchoolChoices {

    /** A bare URN, or a label's "(URN 123456)" at its end. */
    private static final Pattern URN = Pattern.compile("^(\\d{1,9})$|\\(URN (\\d{1,9})\\)$");

    /** One school as a picker shows it. */
    public record Choice(int urn, String name, String localAuthority) {

        public String label() {
            return name + ", " + localAuthority + " (URN " + urn + ")";
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Up to {@code limit} open schools whose name contains {@code text}, or whose URN it is, by name. */
    public List<Choice> matching(String text, Optional<Scope> reach, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.strip();
        Integer urn = q.chars().allMatch(Character::isDigit) && q.length() <= 9 ? Integer.valueOf(q) : -1;
        String scope = reach.isPresent() ? " AND (l.code IN :las OR l.region.name IN :regions)" : "";
        var query = em.createQuery("SELECT s.urn, s.name, l.name FROM School s JOIN s.localAuthority l "
                        + "WHERE s.status <> :closed AND (LOWER(s.name) LIKE :q OR s.urn = :urn)" + scope
                        + " ORDER BY s.name, s.urn", Object[].class)
                .setParameter("closed", SchoolStatus.CLOSED)
                .setParameter("q", "%" + q.toLowerCase(Locale.ROOT) + "%").setParameter("urn", urn);
        reach.ifPresent(s -> query.setParameter("las", s.localAuthorities().isEmpty() ? List.of(-1)
                : List.copyOf(s.localAuthorities())).setParameter("regions", s.regions().isEmpty() ? List.of("")
                : List.copyOf(s.regions())));
        return query.setMaxResults(limit).getResultStream()
                .map(r -> new Choice((Integer) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** The URN a picked {@link Choice#label()}, or a bare URN typed in, names; empty when the text names none. */
    public static Optional<Integer> urnIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = URN.matcher(text.strip());
        return m.find() ? Optional.of(Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2))) : Optional.empty();
    }
}

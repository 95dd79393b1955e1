package uk.org.cascade.supervision.control;

import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Consumer;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Who may read a supervision log: the one rule behind every read of a log — a single log, a person's history
 * (API and page), "My supervision" and the export — written as a JPQL condition on the log, so that a list
 * can never show a log its single read would refuse, nor leave out one it allows.
 * <p>
 * A log is read whole by administrators; its author and supervisor; coordinators when any supervisee was
 * recorded at a school in their area (so a group log across two areas is read by both areas' coordinators);
 * supervisors and trainers when any supervisee is theirs for the log's programme (supervised by them, or
 * signed off by them). A supervisee reads their own part of it: the log, with only themselves among its
 * supervisees. Everyone else reads nothing of it, as if it did not exist.
 */
public final class LogReaders {

    /** A JPQL condition on the log alias {@code l}: empty, or starting with {@code " AND"}; and its parameters. */
    public record Condition(String jpql, Consumer<Query> parameters) {

        public <Q extends Query> Q bind(Q query) {
            parameters.accept(query);
            return query;
        }
    }

    private LogReaders() {
    }

    /** Logs the caller may read at all: whole, or as one of its supervisees. */
    public static Condition readable(UserAccount caller) {
        return condition(caller, true);
    }

    /** Logs the caller reads whole, with every supervisee; the rest of {@link #readable} they read as a supervisee. */
    public static Condition readWhole(UserAccount caller) {
        return condition(caller, false);
    }

    private static Condition condition(UserAccount caller, boolean asSupervisee) {
        if (caller.holds(Role.ADMIN)) {
            return new Condition("", q -> { });
        }
        long me = caller.getPerson().getId();
        boolean area = caller.holds(Role.COORDINATOR);
        boolean supervises = SupervisionPolicy.supervises(caller);
        // Aliases and parameters carry a reader prefix so that they never clash with the query they are added to.
        StringBuilder where = new StringBuilder(" AND (l.author.id = :readerId OR l.supervisor.id = :readerId");
        if (asSupervisee) {
            where.append(" OR EXISTS (SELECT rs FROM Supervisee rs WHERE rs.log = l AND rs.person.id = :readerId)");
        }
        if (area) {
            where.append(" OR EXISTS (SELECT ra FROM Supervisee ra JOIN ra.school rsc JOIN rsc.localAuthority rla "
                    + "WHERE ra.log = l AND (rla.code IN :readerLas OR rla.region.name IN :readerRegions))");
        }
        if (supervises) {
            // Two flat subqueries: EclipseLink mis-correlates a subquery nested two levels deep.
            where.append(" OR EXISTS (SELECT rb FROM Supervisee rb, Supervisee rc JOIN rc.log rcl WHERE rb.log = l "
                    + "AND rc.person = rb.person AND rc.programme = rb.programme AND rcl.supervisor.id = :readerId)"
                    + " OR EXISTS (SELECT rb2 FROM Supervisee rb2, SignOff ro JOIN ro.competency roc WHERE rb2.log = l "
                    + "AND ro.person = rb2.person AND ro.assessor.id = :readerId AND roc.programme = rb2.programme)");
        }
        where.append(")");
        Scope scope = caller.scope();
        return new Condition(where.toString(), q -> {
            q.setParameter("readerId", me);
            if (area) {
                q.setParameter("readerLas", scope.localAuthorities().isEmpty() ? List.of(-1) : List.copyOf(scope.localAuthorities()))
                        .setParameter("readerRegions", scope.regions().isEmpty() ? List.of("") : List.copyOf(scope.regions()));
            }
        });
    }
}

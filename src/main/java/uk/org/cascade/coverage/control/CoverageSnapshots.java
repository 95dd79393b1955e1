package uk.org.cascade.coverage.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.coverage.control.CoverageQuery.Area;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.control.CoverageRollups.GroupBy;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.control.QuietTimers;
import uk.org.cascade.platform.control.Today;

/**
 * Monthly snapshots of coverage per local authority and status, as of the first day of each month, for the
 * 12-month trend. Daily (and a minute after start-up) it fills in any of the last 12 months not yet taken, for
 * every programme with a practitioner competency. A month is claimed by inserting its row into
 * {@code coverage_snapshot_month} in the same transaction as its counts: a second instance (or run) blocks on
 * the key and then finds it taken, so a month is stored once however many instances run.
 */
@Singleton
@Interceptors(QuietTimers.class)
@Startup
public class CoverageSnapshots {

    public static final int MONTHS = 12;
    private static final Logger LOG = Logger.getLogger(CoverageSnapshots.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CoverageRollups rollups;

    @Inject
    Coverage coverage;

    @Inject
    Today today;

    @Resource
    TimerService timers;

    @Resource
    jakarta.ejb.SessionContext context;

    /** Off in the integration tests, which take snapshots on demand so that none races their data. */
    @Inject
    @ConfigProperty(name = "cascade.coverage.snapshots-at-start", defaultValue = "true")
    boolean atStart;

    @PostConstruct
    void soonAfterStart() {
        if (atStart) {
            timers.createSingleActionTimer(60_000, new TimerConfig(null, false));
        }
    }

    @Timeout
    void afterStart() {
        daily();
    }

    @Schedule(hour = "1", minute = "40", persistent = false)
    void daily() {
        try {
            int taken = takeMissing(today.date());
            if (taken > 0) {
                LOG.info(() -> "Coverage snapshots taken: " + taken);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Coverage snapshots failed: {0}", e.getClass().getName());
        }
    }

    /** Takes every missing month of the last 12 up to {@code today}'s, for every programme; the months taken. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int takeMissing(LocalDate today) {
        int taken = 0;
        YearMonth current = YearMonth.from(today);
        for (Competency c : coverage.practitionerCompetencies()) {
            long programme = c.getProgramme().getId();
            long competency = c.getId();
            for (int back = MONTHS - 1; back >= 0; back--) {
                if (self().take(programme, competency, current.minusMonths(back).atDay(1))) {
                    taken++;
                }
            }
        }
        return taken;
    }

    /** One month of one programme, claimed and stored in one transaction; false when it was taken already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(long programmeId, long competencyId, LocalDate month) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO coverage_snapshot_month (programme_id, month, taken_at) "
                + "VALUES (?1, ?2, UTC_TIMESTAMP(6))").setParameter(1, programmeId).setParameter(2, month).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        for (CoverageRollups.Tally t : rollups.summary(competencyId, month, Area.ENGLAND, Filter.NONE, GroupBy.LA)) {
            em.createNativeQuery("INSERT INTO coverage_snapshot (month, programme_id, la_code, status, schools, "
                            + "trained_staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, month)
                    .setParameter(2, programmeId).setParameter(3, Integer.valueOf(t.key()))
                    .setParameter(4, t.status().name()).setParameter(5, t.schools()).setParameter(6, t.trainedStaff())
                    .executeUpdate();
        }
        return true;
    }

    /** This bean through the container, so that {@link #take} runs in a transaction of its own. */
    private CoverageSnapshots self() {
        return context.getBusinessObject(CoverageSnapshots.class);
    }
}

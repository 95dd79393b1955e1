package uk.org.cascade.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.org.cascade.audit.entity.XapiStatement;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.platform.control.Today;

/**
 * Learning events as xAPI statements for a learning record store ({@code CASCADE_XAPI_ENDPOINT}). Each is written
 * to the outbox inside the caller's transaction, as the audit trail is, so work that rolls back reports nothing;
 * once the transaction commits, {@link StatementSender} sends it. With no endpoint set nothing is written.
 */
@ApplicationScoped
public class LearningRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Today today;

    @Inject
    PublicAddress address;

    @Inject
    LearningRecordSettings settings;

    @Inject
    StatementSender sender;

    @Inject
    StatementOutbox outbox;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The person has a place in the cohort. */
    @Transactional(TxType.MANDATORY)
    public void registered(long personId, long enrolmentId, Activity cohort, Activity programme) {
        record(s -> List.of(s.registered(personId, enrolmentId, cohort, programme, today.now())));
    }

    /** A module of the cohort done, on {@code day}. */
    @Transactional(TxType.MANDATORY)
    public void completedModule(long personId, long enrolmentId, Activity module, Activity cohort, Activity programme,
                                LocalDate day) {
        record(s -> List.of(s.completedModule(personId, enrolmentId, module, cohort, programme, at(day))));
    }

    /** Every module of the cohort done: the learner completed it, on {@code day}. */
    @Transactional(TxType.MANDATORY)
    public void completedCohort(long personId, long enrolmentId, Activity cohort, Activity programme, LocalDate day) {
        record(s -> List.of(s.completedCohort(personId, enrolmentId, cohort, programme, at(day))));
    }

    /** An attempt at a knowledge check, marked: two statements, its score and whether it passed. */
    @Transactional(TxType.MANDATORY)
    public void attempted(long personId, long enrolmentId, Activity check, Activity module, Activity programme,
                          int score, int total, boolean passed) {
        record(s -> s.attempted(personId, enrolmentId, check, module, programme, score, total, passed, today.now()));
    }

    /** A sign-off recorded: {@code competent} is its outcome; {@code day} the assessment's date. */
    @Transactional(TxType.MANDATORY)
    public void signedOff(long personId, long signOffId, Activity competency, Activity programme, long assessorId,
                          boolean competent, LocalDate day) {
        record(s -> List.of(s.signedOff(personId, signOffId, competency, programme, assessorId, competent, at(day))));
    }

    /** A sign-off revoked: it no longer counts towards the competency. */
    @Transactional(TxType.MANDATORY)
    public void revoked(long personId, long signOffId, Activity competency, Activity programme) {
        record(s -> List.of(s.revoked(personId, signOffId, competency, programme, today.now())));
    }

    /** Whether statements are recorded at all. */
    public boolean configured() {
        return settings.configured();
    }

    /** The outbox at a glance. */
    public StatementOutbox.Health health() {
        return outbox.health(configured());
    }

    /**
     * Sends every pending statement now rather than after its back-off, once the LRS is known to be back; how many
     * were waiting for a later retry. Refused when no LRS is set.
     */
    @Transactional
    public int retryNow() {
        if (!configured()) {
            throw new Conflict("No learning record store is set: CASCADE_XAPI_ENDPOINT names one");
        }
        int postponed = outbox.dueNow(today.now());
        audit.record("LearningRecords", "outbox", "RETRIED", null, java.util.Map.of("madeDue", postponed));
        sendAfterCommit();
        return postponed;
    }

    /**
     * When something dated happened: now, for something done today; the start of the day in England for a day
     * before (a sign-off recorded after the assessment, attendance marked late).
     */
    Instant at(LocalDate day) {
        return day == null || !day.isBefore(today.date()) ? today.now() : Today.startOf(day);
    }

    private void record(Function<Statements, List<JsonObject>> build) {
        if (!settings.configured()) {
            return;
        }
        for (JsonObject statement : build.apply(new Statements(address.base()))) {
            em.persist(new XapiStatement(statement.getString("id"), statement.toString(), today.now()));
        }
        sendAfterCommit();
    }

    /** Once per transaction, however many statements it wrote. */
    private void sendAfterCommit() {
        if (transactions.getResource(LearningRecords.class) != null) {
            return;
        }
        transactions.putResource(LearningRecords.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.sendSoon();
                }
            }
        });
    }
}

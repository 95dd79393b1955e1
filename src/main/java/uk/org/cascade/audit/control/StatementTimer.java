package uk.org.cascade.audit.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import uk.org.cascade.platform.control.QuietTimers;

/**
 * When statements are sent: every minute, for the retries that are due, and in the background as soon as a
 * transaction that wrote statements commits. Every instance of a cluster fires; their claims share the work out,
 * so no statement is sent by two at once. An EJB's {@code @Asynchronous}, not an injected executor: the demo
 * world writes statements while the application starts, before an executor resource can be injected.
 */
@Singleton
@Lock(LockType.READ)
@Interceptors(QuietTimers.class)
public class StatementTimer {

    @Inject
    StatementSender sender;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        sender.sendDue();
    }

    /** Sends what is due on the container's thread pool; returns at once. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon() {
        sender.sendDue();
    }
}

package uk.org.cascade.audit.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import uk.org.cascade.platform.control.QuietTimers;

/**
 * Every minute, sends the statements whose retry is due. Every instance of a cluster fires; their claims share the
 * work out, so no statement is sent by two at once.
 */
@Singleton
@Interceptors(QuietTimers.class)
public class StatementTimer {

    @Inject
    StatementSender sender;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        sender.sendSoon();
    }
}

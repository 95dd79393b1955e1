package uk.org.cascade.platform.control;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.cascade.platform.boundary.DatabaseUnavailable;

/**
 * Around every scheduled job: a run that fails (the database away, say) rolls back whole and is logged as an
 * error id and exception types only. Left to the EJB container, the failure's message is logged in full, and
 * EclipseLink's messages carry SQL and, for a failed write, the values it tried to store. The next scheduled
 * run tries again; each job's own claims keep a retried run from doing anything twice.
 */
public class QuietTimers {

    private static final Logger LOG = Logger.getLogger(QuietTimers.class.getName());

    @Resource
    TransactionSynchronizationRegistry transaction;

    @AroundTimeout
    public Object run(InvocationContext job) throws Exception {
        try {
            return job.proceed();
        } catch (RuntimeException e) {
            if (transaction.getTransactionKey() != null) {
                transaction.setRollbackOnly();
            }
            String id = UUID.randomUUID().toString();
            String jobName = job.getMethod().getDeclaringClass().getSimpleName() + "." + job.getMethod().getName();
            LOG.log(Level.WARNING, () -> "Scheduled job " + jobName + " failed (error " + id + ", "
                    + (DatabaseUnavailable.explains(e) ? "the database did not answer" : "unexpected") + "): "
                    + DatabaseUnavailable.typesOf(e));
            return null;
        }
    }
}

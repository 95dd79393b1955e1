package uk.org.cascade.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs the cohort page's reads in a transaction of their own. After an action that sends letters, the request's
 * non-transactional persistence context is shared with the mail thread, which closes it once the letter is sent;
 * a read in a transaction uses its own.
 */
@ApplicationScoped
public class CohortPageReads {

    @Transactional
    public void run(Runnable reads) {
        reads.run();
    }
}

package uk.org.cascade.platform.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import uk.org.cascade.platform.UniqueKeys;

/**
 * Around every transactional service method, outside the transaction itself: when two requests race past a
 * service's "is this key taken?" check, the database refuses the loser's insert (at a flush or at the commit),
 * and the loser is told {@link uk.org.cascade.platform.Duplicate} naming the field, exactly as if the check had
 * caught it. The API and the pages then answer 409 / a message on the field instead of a 500.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // before Jakarta Transactions' own (+200): sees the commit fail
public class DuplicateKeys {

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException e) {
            throw UniqueKeys.violated(e).<RuntimeException>map(d -> d).orElse(e);
        }
    }
}

package uk.org.cascade.competency.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes (or opens) the credential signing key as Cascade starts, so the log says at once whether credentials work.
 * A refusal never stops the start: the rest of Cascade runs, and credential answers are 503 saying why.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IssuerKeyAtStart {

    private static final Logger LOG = Logger.getLogger(IssuerKeyAtStart.class.getName());

    @Inject
    IssuerKeys keys;

    @PostConstruct
    void open() {
        try {
            keys.key();
        } catch (IssuerKeys.Unavailable refused) {
            // IssuerKeys logged why, once
        } catch (RuntimeException e) {
            LOG.warning(() -> "The credential signing key could not be read at start (" + e.getClass().getSimpleName()
                    + "); it is tried again when first needed");
        }
    }
}

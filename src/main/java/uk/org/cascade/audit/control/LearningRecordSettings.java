package uk.org.cascade.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The LRS settings, read once: an endpoint that cannot work is reported once, and then nothing is recorded. */
@ApplicationScoped
public class LearningRecordSettings {

    private static final Logger LOG = Logger.getLogger(LearningRecordSettings.class.getName());

    private volatile Optional<LrsSettings> lrs;

    /** Empty: statements are neither stored nor sent. */
    Optional<LrsSettings> lrs() {
        Optional<LrsSettings> read = lrs;
        if (read == null) {
            Config config = ConfigProvider.getConfig();
            try {
                read = LrsSettings.from(key -> config.getOptionalValue(key, String.class));
                if (read.isPresent() && config.getOptionalValue("cascade.base.url", String.class).isEmpty()) {
                    // Statements name people and activities under Cascade's address: localhost means nothing to an LRS.
                    LOG.warning("xAPI statements are sent, but CASCADE_BASE_URL is not set: they name Cascade by "
                            + "http://localhost and its port");
                }
            } catch (IllegalArgumentException e) {
                LOG.severe(e.getMessage() + ": no xAPI statements are recorded");
                read = Optional.empty();
            }
            lrs = read;
        }
        return read;
    }

    public boolean configured() {
        return lrs().isPresent();
    }
}

package uk.org.cascade.cohort.boundary;

import jakarta.inject.Inject;
import java.io.Serializable;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.entity.Cohort;

/**
 * A section of the cohort page. It shows what the page loaded last: after any change the page made
 * ({@link CohortBacking#changed()}) it reloads once, the first time it is asked.
 */
public abstract class CohortPageSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortBacking page;

    @Inject
    CohortPageReads reads;

    private long shown = -1;

    /** Loads the section's rows from {@code cohort} as the caller may see them. */
    protected abstract void reload(Cohort cohort, CohortReach reach);

    /** Call at the top of every getter of loaded state. */
    protected void fresh() {
        if (shown != page.generation() && page.cohort() != null) {
            shown = page.generation();
            reads.run(() -> reload(page.cohort(), page.reach()));
        }
    }
}

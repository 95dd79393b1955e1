package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import uk.org.cascade.organisation.control.TrainedStaff;

/** Coverage's answer to a school's page and API: its trained staff today, by the coverage rule. */
@ApplicationScoped
public class SchoolTrainedStaff implements TrainedStaff {

    @Inject
    Coverage coverage;

    @Override
    public Map<String, Long> atSchoolToday(int urn) {
        return coverage.trainedStaff(urn, coverage.today());
    }
}

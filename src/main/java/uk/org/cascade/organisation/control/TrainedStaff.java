package uk.org.cascade.organisation.control;

import java.util.Map;

/**
 * How many people a school has trained today, per programme code: asked by the school's page and API, answered by
 * coverage (a later context, which knows employments and competencies), so organisation depends on neither.
 */
public interface TrainedStaff {

    Map<String, Long> atSchoolToday(int urn);
}

package uk.org.cascade.audit.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Something a learner does something with, as an xAPI activity: a path under Cascade's address (its IRI), a name,
 * and a type. Standard ADL types where one fits; a competency has Cascade's own type IRI, as ADL has none.
 */
public record Activity(String path, String name, String type) {

    public static final String COURSE = "http://adlnet.gov/expapi/activities/course";
    public static final String MODULE = "http://adlnet.gov/expapi/activities/module";
    public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    /** Relative: under Cascade's address, like Cascade's verbs. */
    public static final String COMPETENCY = "/xapi/activity-types/competency";

    public Activity {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A programme: what every cohort of it teaches. */
    public static Activity programme(String code, String title) {
        return new Activity("/xapi/activities/programmes/" + segment(code), title, COURSE);
    }

    /** One cohort of a programme: the course a learner registers for and completes. */
    public static Activity cohort(long id, String title) {
        return new Activity("/xapi/activities/cohorts/" + id, title, COURSE);
    }

    public static Activity module(long id, String title) {
        return new Activity("/xapi/activities/modules/" + id, title, MODULE);
    }

    /** A module's knowledge check. */
    public static Activity check(long moduleId, String moduleTitle) {
        return new Activity("/xapi/activities/modules/" + moduleId + "/check", "Knowledge check: " + moduleTitle, ASSESSMENT);
    }

    public static Activity competency(String code, String title) {
        return new Activity("/xapi/activities/competencies/" + segment(code), title, COMPETENCY);
    }

    private static String segment(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

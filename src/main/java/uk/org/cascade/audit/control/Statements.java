package uk.org.cascade.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Cascade's events as xAPI 1.0.3 statements. The actor is always an account at Cascade's address named by the
 * person's id: never an email, never a name. Every IRI is absolute: ADL's verbs and activity types, or Cascade's
 * own under its address. {@code version} is left out, as the specification asks of a statement's sender; the
 * {@code X-Experience-API-Version} header says 1.0.3.
 */
final class Statements {

    /** A verb: its IRI (relative ones are Cascade's, under its address) and what it reads as in English. */
    record Verb(String iri, String display) {
    }

    static final Verb REGISTERED = new Verb("http://adlnet.gov/expapi/verbs/registered", "registered");
    static final Verb COMPLETED = new Verb("http://adlnet.gov/expapi/verbs/completed", "completed");
    static final Verb SCORED = new Verb("http://adlnet.gov/expapi/verbs/scored", "scored");
    static final Verb PASSED = new Verb("http://adlnet.gov/expapi/verbs/passed", "passed");
    static final Verb FAILED = new Verb("http://adlnet.gov/expapi/verbs/failed", "failed");
    static final Verb SIGNED_OFF = new Verb("/xapi/verbs/signed-off", "was signed off in");
    static final Verb SIGN_OFF_REVOKED = new Verb("/xapi/verbs/sign-off-revoked", "had a sign-off revoked in");
    /** The sign-off's id, in both its statements, so a store can match a revocation to what it revokes. */
    static final String SIGN_OFF_EXTENSION = "/xapi/extensions/sign-off";
    static final String LANGUAGE = "en-GB";

    /** Who, how and within what: the parts of a statement beyond actor, verb and object. */
    record Context(Long enrolmentId, List<Activity> parents, List<Activity> grouping, Long instructorId,
                   Long signOffId) {

        static Context enrolment(long enrolmentId, Activity parent, Activity grouping) {
            return new Context(enrolmentId, parent == null ? List.of() : List.of(parent),
                    grouping == null ? List.of() : List.of(grouping), null, null);
        }

        static Context signOff(long signOffId, Activity programme, Long assessorId) {
            return new Context(null, List.of(), programme == null ? List.of() : List.of(programme), assessorId, signOffId);
        }
    }

    private final String base;
    private final Supplier<UUID> ids;

    /** @param base Cascade's address, without a trailing slash */
    Statements(String base) {
        this(base, UUID::randomUUID);
    }

    Statements(String base, Supplier<UUID> ids) {
        this.base = base;
        this.ids = ids;
    }

    /** The person has a place in the cohort. */
    JsonObject registered(long personId, long enrolmentId, Activity cohort, Activity programme, Instant at) {
        return statement(personId, REGISTERED, cohort, null, Context.enrolment(enrolmentId, programme, programme), at);
    }

    /** A module of the cohort done. */
    JsonObject completedModule(long personId, long enrolmentId, Activity module, Activity cohort, Activity programme,
                               Instant at) {
        return statement(personId, COMPLETED, module, completion(), Context.enrolment(enrolmentId, cohort, programme), at);
    }

    /** Every module of the cohort done. */
    JsonObject completedCohort(long personId, long enrolmentId, Activity cohort, Activity programme, Instant at) {
        return statement(personId, COMPLETED, cohort, completion(), Context.enrolment(enrolmentId, programme, programme),
                at);
    }

    /** An attempt at a knowledge check: its score, then whether it passed. */
    List<JsonObject> attempted(long personId, long enrolmentId, Activity check, Activity module, Activity programme,
                               int score, int total, boolean passed, Instant at) {
        Context context = Context.enrolment(enrolmentId, module, programme);
        return List.of(statement(personId, SCORED, check, score(score, total, null), context, at),
                statement(personId, passed ? PASSED : FAILED, check, score(score, total, passed), context, at));
    }

    /** A sign-off recorded, {@code competent} or not; the assessor as the instructor. */
    JsonObject signedOff(long personId, long signOffId, Activity competency, Activity programme, long assessorId,
                         boolean competent, Instant at) {
        return statement(personId, SIGNED_OFF, competency, success(competent),
                Context.signOff(signOffId, programme, assessorId), at);
    }

    /** A sign-off revoked. The reason stays in Cascade: it is free text. */
    JsonObject revoked(long personId, long signOffId, Activity competency, Activity programme, Instant at) {
        return statement(personId, SIGN_OFF_REVOKED, competency, null, Context.signOff(signOffId, programme, null), at);
    }

    private JsonObject statement(long personId, Verb verb, Activity object, JsonObject result, Context context,
                         Instant at) {
        JsonObjectBuilder s = Json.createObjectBuilder()
                .add("id", ids.get().toString())
                .add("actor", agent(personId))
                .add("verb", Json.createObjectBuilder().add("id", iri(verb.iri()))
                        .add("display", Json.createObjectBuilder().add(LANGUAGE, verb.display())))
                .add("object", activity(object));
        if (result != null) {
            s.add("result", result);
        }
        return s.add("context", context(context)).add("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString()).build();
    }

    /** A knowledge check's mark: raw, out of max, and scaled to 0–1. */
    static JsonObject score(int score, int total, Boolean success) {
        BigDecimal scaled = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(score).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        JsonObjectBuilder r = Json.createObjectBuilder().add("score", Json.createObjectBuilder()
                .add("scaled", scaled).add("raw", score).add("min", 0).add("max", total));
        if (success != null) {
            r.add("success", success).add("completion", true);
        }
        return r.build();
    }

    static JsonObject completion() {
        return Json.createObjectBuilder().add("completion", true).build();
    }

    static JsonObject success(boolean success) {
        return Json.createObjectBuilder().add("success", success).add("completion", true).build();
    }

    /**
     * The same enrolment gives the same registration UUID on every instance and every run: a name-based UUID of
     * Cascade's address and the enrolment's id.
     */
    UUID registration(long enrolmentId) {
        return UUID.nameUUIDFromBytes((base + "/enrolments/" + enrolmentId).getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject agent(long personId) {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", base).add("name", String.valueOf(personId)))
                .build();
    }

    private JsonObject activity(Activity a) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri(a.path()))
                .add("definition", Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add(LANGUAGE, a.name()))
                        .add("type", iri(a.type())))
                .build();
    }

    private JsonObject context(Context c) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        if (c.enrolmentId() != null) {
            context.add("registration", registration(c.enrolmentId()).toString());
        }
        if (c.instructorId() != null) {
            context.add("instructor", agent(c.instructorId()));
        }
        JsonObjectBuilder activities = Json.createObjectBuilder();
        if (!c.parents().isEmpty()) {
            activities.add("parent", activities(c.parents()));
        }
        if (!c.grouping().isEmpty()) {
            activities.add("grouping", activities(c.grouping()));
        }
        JsonObject built = activities.build();
        if (!built.isEmpty()) {
            context.add("contextActivities", built);
        }
        context.add("platform", "Cascade").add("language", LANGUAGE);
        if (c.signOffId() != null) {
            context.add("extensions", Json.createObjectBuilder().add(iri(SIGN_OFF_EXTENSION), c.signOffId()));
        }
        return context.build();
    }

    private JsonArrayBuilder activities(List<Activity> list) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        list.forEach(a -> array.add(activity(a)));
        return array;
    }

    /** Cascade's own IRIs are paths under its address; ADL's are absolute already. */
    private String iri(String pathOrIri) {
        return pathOrIri.startsWith("/") ? base + pathOrIri : pathOrIri;
    }
}

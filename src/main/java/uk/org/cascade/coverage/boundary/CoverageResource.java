package uk.org.cascade.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.coverage.control.Coverage.Question;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.control.CoverageQuery;
import uk.org.cascade.coverage.control.CoverageSnapshots;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.control.CoverageRollups;
import uk.org.cascade.coverage.control.CoverageRollups.GroupBy;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.boundary.Wording;
import uk.org.cascade.platform.control.TabularExport;
import uk.org.cascade.security.control.CurrentUser;

/** Which schools are covered, for administrators (England) and coordinators (their area). */
@Path("v1/coverage")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage")
public class CoverageResource {

    /** The question's parameters, shared by the list, its export and the summary. */
    public static class Params {
        @QueryParam("programme")
        String programme;
        @QueryParam("la")
        Integer la;
        @QueryParam("region")
        String region;
        @QueryParam("date")
        String date;
        @QueryParam("status")
        String status;
        @QueryParam("phase")
        String phase;
        @QueryParam("urbanRural")
        String urbanRural;
        @QueryParam("imdDecile")
        Integer imdDecile;
        @QueryParam("q")
        String q;
    }

    public record ReasonView(long personId, String name, String kind, LocalDate date, String text) {

        static ReasonView of(Reason r) {
            return new ReasonView(r.personId(), r.name(), r.kind().name(), r.date(), r.text());
        }
    }

    public record LocalAuthorityView(int code, String name) {
    }

    public record Row(int urn, String name, String status, long trainedStaff, int target, boolean resilient,
                      List<ReasonView> atRiskReasons, LocalAuthorityView localAuthority, String region, String phase,
                      String urbanRural, Integer imdDecile) {

        static Row of(SchoolCoverage s) {
            return new Row(s.urn(), s.name(), s.status().name(), s.trained(), s.target(), s.resilient(),
                    s.reasons().stream().map(ReasonView::of).toList(), new LocalAuthorityView(s.laCode(), s.laName()),
                    s.region(), s.phase(), s.urbanRural(), s.imdDecile());
        }
    }

    public record Group(String key, String label, Map<String, Long> counts, long schools, long trainedStaff) {
    }

    public record Summary(String programme, LocalDate date, String groupBy, List<Group> groups, Map<String, Long> totals,
                          long schools) {
    }

    /**
     * {@code {"target": 1-10 or null to inherit, "version"}}. Read from the JSON object itself: JSON-B gives null for
     * a missing field as for an explicit null, and a body that left {@code target} out would reset the target.
     */
    public record TargetChange(Integer target, Long version) {

        @JsonbCreator
        public TargetChange {
        }

        static TargetChange of(JsonObject body) {
            if (body == null) {
                throw ValidationFailure.of("body", "a JSON body is required: {\"target\", \"version\"}");
            }
            Validation check = new Validation().require(body.containsKey("target"), "target",
                    "target is required: 1 to 10, or null to inherit the local authority's");
            Long target = whole(body, "target", check);
            Long version = whole(body, "version", check);
            check.orThrow();
            // Beyond an int it is out of range anyway: the rule's own message says so.
            return new TargetChange(target == null ? null : (int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, target)), version);
        }

        private static Long whole(JsonObject body, String field, Validation check) {
            JsonValue value = body.get(field);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 63) {
                return n.longValue();
            }
            check.require(false, field, field + " must be a whole number");
            return null;
        }
    }

    public record TargetView(int code, Integer target, long version) {
    }

    @Inject
    Coverage coverage;

    @Inject
    CoverageQuery query;

    @Inject
    CoverageRollups rollups;

    @Inject
    CurrentUser currentUser;

    @Inject
    CoverageSnapshots snapshots;

    @GET
    @Operation(operationId = "listSchoolCoverage",
            summary = "One row per open school in the caller's area for a programme on a date (default today; past "
            + "dates give what was true then, future ones what known expiries and leavers make of it): urn, name, status "
            + "(COVERED, AT_RISK, GAP, NOT_STARTED), trainedStaff, target, resilient, atRiskReasons. Filters la, region, "
            + "status (comma-separated), phase, urbanRural, imdDecile, q; sort by name, urn, localAuthority, status, "
            + "trained, target, phase, urbanRural, imdDecile")
    public Page<Row> list(@BeanParam Params params, @QueryParam("sort") @DefaultValue("name") String sort,
                          @QueryParam("desc") boolean descending, @QueryParam("page") Integer page,
                          @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Question question = question(params);
        return query.schools(question.practitioner().getId(), question.day(), question.area(), filter(params), request,
                sort, !descending).map(Row::of);
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportSchoolCoverage",
            summary = "Every row the list would show, as CSV (format=csv) or XLSX (format=xlsx)")
    public Response export(@BeanParam Params params, @QueryParam("format") @DefaultValue("csv") String format) {
        TabularExport type = TabularExport.of(format);
        Question question = question(params);
        Filter filter = filter(params);
        StreamingOutput body = out -> type.write(out, "Coverage", EXPORT_COLUMNS, row -> query.forEach(
                question.practitioner().getId(), question.day(), question.area(), filter, s -> row.accept(values(s))));
        return Response.ok(body, type.contentType).header("Content-Disposition", "attachment; filename=\"coverage-"
                + question.programme().getCode() + "-" + question.day() + "." + type.extension() + "\"").build();
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summariseCoverage",
            summary = "Counts of schools per status per group: groupBy la (default), region, phase, urbanRural "
            + "or imdDecile; same filters as the list")
    public Summary summary(@BeanParam Params params, @QueryParam("groupBy") @DefaultValue("la") String groupBy) {
        GroupBy by = Arrays.stream(GroupBy.values()).filter(g -> g.parameter.equalsIgnoreCase(groupBy.strip()))
                .findFirst().orElse(null);
        Validation check = new Validation().require(by != null, "groupBy",
                "groupBy must be la, region, phase, urbanRural or imdDecile");
        check.orThrow();
        Question question = question(params);
        return summarise(question, by, rollups.summary(question.practitioner().getId(), question.day(), question.area(),
                filter(params), by));
    }

    @GET
    @Path("schools/{urn}")
    @Operation(operationId = "getSchoolCoverage",
            summary = "One school in depth: its status, trained staff with their expiries, leavers and at-risk reasons")
    public Map<String, Object> school(@PathParam("urn") int urn, @QueryParam("programme") String programme,
                                      @QueryParam("date") String date) {
        Params params = new Params();
        params.programme = programme;
        params.date = date;
        Coverage.SchoolDetail d = coverage.school(currentUser.account(), urn, question(params));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("urn", d.school().getUrn());
        view.put("name", d.school().getName());
        view.put("programme", d.programme().getCode());
        view.put("date", d.day());
        view.put("status", d.status().name());
        view.put("trainedStaff", d.trained());
        view.put("target", d.target());
        view.put("ownTarget", d.school().getCoverageTarget());
        view.put("version", d.school().getVersion());
        view.put("staff", d.staff());
        view.put("atRiskReasons", d.reasons().stream().map(ReasonView::of).toList());
        return view;
    }

    @PUT
    @Path("targets/local-authorities/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setLocalAuthorityTarget",
            summary = "Sets the trained staff a school of this local authority needs (1-10; null for the default 1)")
    public TargetView localAuthorityTarget(@PathParam("code") int code, @RequestBody(content = @Content(schema =
            @Schema(implementation = TargetChange.class))) JsonObject body) {
        TargetChange change = TargetChange.of(body);
        var la = coverage.setLocalAuthorityTarget(currentUser.account(), code, change.target(), change.version());
        return new TargetView(la.getCode(), la.getCoverageTarget(), la.getVersion());
    }

    @PUT
    @Path("targets/schools/{urn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSchoolTarget",
            summary = "Sets this school's own target (1-10), or with null makes it inherit its local authority's")
    public TargetView schoolTarget(@PathParam("urn") int urn, @RequestBody(content = @Content(schema =
            @Schema(implementation = TargetChange.class))) JsonObject body) {
        TargetChange change = TargetChange.of(body);
        var school = coverage.setSchoolTarget(currentUser.account(), urn, change.target(), change.version());
        return new TargetView(school.getUrn(), school.getCoverageTarget(), school.getVersion());
    }

    public record AlertView(long id, int urn, String school, String programme, LocalDate effectiveOn, int trainedStaff,
                            int target, java.time.Instant raisedAt, java.time.Instant acknowledgedAt, long version) {

        static AlertView of(uk.org.cascade.coverage.entity.CoverageAlert a) {
            return new AlertView(a.getId(), a.getSchool().getUrn(), a.getSchool().getName(), a.getProgramme().getCode(),
                    a.getEffectiveOn(), a.getTrainedStaff(), a.getTarget(), a.getRaisedAt(), a.getAcknowledgedAt(),
                    a.getVersion());
        }
    }

    public record Acknowledgement(Long version) {

        @JsonbCreator
        public Acknowledgement {
        }
    }

    public record TrendView(String programme, List<Map<String, Object>> months) {
    }

    @GET
    @Path("alerts")
    @Operation(operationId = "listTurnoverAlerts",
            summary = "Turnover alerts (a leaver takes a school below its target) in the caller's area, newest "
            + "first; open=true (default) for those not yet acknowledged")
    public Page<AlertView> alerts(@QueryParam("open") @DefaultValue("true") boolean open,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return coverage.alerts(currentUser.account(), open, PageRequest.of(page, size)).map(AlertView::of);
    }

    @jakarta.ws.rs.POST
    @Path("alerts/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeTurnoverAlert", summary = "Marks an alert as seen: {version}")
    public AlertView acknowledge(@PathParam("id") long id, Acknowledgement body) {
        return AlertView.of(coverage.acknowledge(currentUser.account(), id, body == null ? null : body.version()));
    }

    @GET
    @Path("trend")
    @Operation(operationId = "getCoverageTrend",
            summary = "Schools per status on the first of each of the last 12 months (monthly snapshots), "
            + "summed over the caller's area or la/region")
    public TrendView trend(@BeanParam Params params) {
        Question question = question(params);
        Map<LocalDate, Map<String, Object>> months = new java.util.TreeMap<>();
        for (CoverageRollups.TrendPoint p : rollups.trend(question.programme().getId(), question.area(),
                question.day().withDayOfMonth(1).minusMonths(CoverageSnapshots.MONTHS - 1))) {
            Map<String, Object> month = months.computeIfAbsent(p.month(), m -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", m.toString());
                zeros().forEach(row::put);
                return row;
            });
            month.put(p.status().name(), p.schools());
        }
        return new TrendView(question.programme().getCode(), List.copyOf(months.values()));
    }

    @jakarta.ws.rs.POST
    @Path("snapshots")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "takeCoverageSnapshots",
            summary = "Takes any missing monthly snapshot of the last 12 months now (the daily job does it too); "
            + "idempotent: {taken}")
    public Map<String, Integer> takeSnapshots() {
        return Map.of("taken", snapshots.takeMissing(coverage.today()));
    }

    private static final Wording WORDING = new Wording();

    /** Columns as a reader says them; the reasons are sentences with their days in words ("5 January 2027"). */
    static final List<String> EXPORT_COLUMNS = List.of("URN", "School", "LA code", "Local authority", "Region", "Phase",
            "Urban/rural", "IMD decile", "Status", "Trained staff", "Target", "Resilient", "At-risk reasons");

    static List<Object> values(SchoolCoverage s) {
        return Arrays.asList(s.urn(), s.name(), s.laCode(), s.laName(), s.region(), s.phase(),
                WORDING.gias(s.urbanRural()), s.imdDecile(), StatusCharts.label(s.status()), s.trained(), s.target(),
                s.resilient() ? "Yes" : "No", String.join("; ", s.reasons().stream().map(Reason::text).toList()));
    }

    /** Tallies as groups with a count for every status (zeros included), and totals. */
    static Summary summarise(Question question, GroupBy by, List<CoverageRollups.Tally> tallies) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Long> totals = zeros();
        for (CoverageRollups.Tally t : tallies) {
            Group g = groups.computeIfAbsent(t.key(), k -> new Group(k, t.label(), zeros(), 0, 0));
            g.counts().merge(t.status().name(), t.schools(), Long::sum);
            totals.merge(t.status().name(), t.schools(), Long::sum);
            groups.put(t.key(), new Group(g.key(), g.label(), g.counts(), g.schools() + t.schools(),
                    g.trainedStaff() + t.trainedStaff()));
        }
        return new Summary(question.programme().getCode(), question.day(), by.parameter, List.copyOf(groups.values()),
                totals, totals.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CoverageStatus s : CoverageStatus.values()) {
            counts.put(s.name(), 0L);
        }
        return counts;
    }

    private Question question(Params params) {
        Validation check = new Validation();
        LocalDate day = check.date(params.date, "date");
        if (params.imdDecile != null) {
            check.require(params.imdDecile >= 1 && params.imdDecile <= 10, "imdDecile", "imdDecile runs from 1 to 10");
        }
        statuses(params.status, check);
        check.orThrow();
        return coverage.question(currentUser.account(), params.programme, day, params.la, params.region);
    }

    static Filter filter(Params params) {
        return new Filter(params.phase, params.urbanRural, params.imdDecile, statuses(params.status, new Validation()),
                params.q);
    }

    /** {@code status=AT_RISK,GAP}: a comma-separated list of statuses. */
    static Set<CoverageStatus> statuses(String text, Validation check) {
        Set<CoverageStatus> statuses = EnumSet.noneOf(CoverageStatus.class);
        if (text == null || text.isBlank()) {
            return statuses;
        }
        for (String part : text.split(",")) {
            CoverageStatus s = check.choice(CoverageStatus.class, part.strip().toUpperCase(Locale.ROOT), "status",
                    "status must be COVERED, AT_RISK, GAP or NOT_STARTED (comma-separated for several)");
            if (s != null) {
                statuses.add(s);
            }
        }
        return statuses;
    }
}

package uk.org.cascade.supervision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/**
 * Every list and page of supervision logs shows exactly what the single read ({@code GET /supervision-logs/{id}})
 * allows, for every role: a log in a list is readable on its own, and a log readable on its own is in each list
 * that should hold it. The world spans Norfolk and Suffolk, with a group log across both and a practitioner
 * who works in both but was supervised at the Suffolk school.
 */
class LogReadScopeIT extends DeployedCascade {

    static final LocalDate TODAY = SupervisionIT.TODAY;
    static final int NORFOLK = 990101;
    static final int SUFFOLK = 990201;
    static final String PASSWORD = "a long enough password";

    CohortWorldAccess world;

    /** A log of the world: its id, its supervisees and the words that mark it on a page. */
    record Log(long id, Set<Long> supervisees, String marker) {
    }

    final List<Log> logs = new ArrayList<>();

    @Test
    void everyListAndPage_holdsExactlyTheLogsTheSingleReadAllows_forEveryRole() {
        world = new CohortWorldAccess(api);
        importSuffolkSchool();
        long admin = world.personId(Caller.ADMIN);

        Caller trainer = world.trainer(TODAY.minusYears(1));
        long trainerId = world.personId(trainer);
        Caller supervisor = supervisor();
        Caller otherSupervisor = supervisor();
        Caller stranger = supervisor();
        Caller norfolkCoordinator = world.user("COORDINATOR");
        Caller suffolkCoordinator = user("COORDINATOR", ",\"scope\":{\"localAuthorities\":[935]}");

        Caller norfolkLearner = learner(trainerId, NORFOLK);
        Caller otherNorfolkLearner = learner(trainerId, NORFOLK);
        Caller suffolkLearner = learner(admin, SUFFOLK);
        Caller otherSuffolkLearner = learner(admin, SUFFOLK);
        Caller bothAreas = learner(admin, NORFOLK, SUFFOLK);
        long n1 = world.personId(norfolkLearner);
        long n2 = world.personId(otherNorfolkLearner);
        long f1 = world.personId(suffolkLearner);
        long f2 = world.personId(otherSuffolkLearner);
        long m = world.personId(bothAreas);

        log(trainer, List.of(n1), "", "marker kestrel");
        log(supervisor, List.of(n1, f1), ",\"schools\":{}", "marker heron");          // Norfolk and Suffolk
        log(otherSupervisor, List.of(f2), "", "marker plover");
        log(otherSupervisor, List.of(f1, f2), "", "marker curlew");
        log(supervisor, List.of(n2), "", "marker dunlin");
        log(otherSupervisor, List.of(m), ",\"schools\":{\"" + m + "\":" + SUFFOLK + "}", "marker godwit"); // at Suffolk

        Map<String, Caller> readers = new LinkedHashMap<>();
        readers.put("administrator", Caller.ADMIN);
        readers.put("Norfolk coordinator", norfolkCoordinator);
        readers.put("Suffolk coordinator", suffolkCoordinator);
        readers.put("trainer", trainer);
        readers.put("supervisor", supervisor);
        readers.put("other supervisor", otherSupervisor);
        readers.put("supervisor of nobody here", stranger);
        readers.put("Norfolk learner", norfolkLearner);
        readers.put("other Norfolk learner", otherNorfolkLearner);
        readers.put("Suffolk learner", suffolkLearner);
        readers.put("other Suffolk learner", otherSuffolkLearner);
        readers.put("learner in both areas", bothAreas);
        List<Long> people = List.of(n1, n2, f1, f2, m, trainerId, world.personId(supervisor),
                world.personId(otherSupervisor));

        // The single read decides; a few of its answers pinned down, as the issue states them.
        Log spanning = logs.get(1);
        Log atSuffolk = logs.get(5);
        assertEquals(200, api.get("/api/v1/supervision-logs/" + spanning.id(), norfolkCoordinator).status());
        assertEquals(200, api.get("/api/v1/supervision-logs/" + spanning.id(), suffolkCoordinator).status());
        assertEquals(404, api.get("/api/v1/supervision-logs/" + atSuffolk.id(), norfolkCoordinator).status(),
                "recorded at the Suffolk school");
        assertEquals(200, api.get("/api/v1/people/" + m + "/supervision", norfolkCoordinator).status(),
                "the Norfolk coordinator reaches someone working in Norfolk");

        List<Executable> checks = new ArrayList<>();
        readers.forEach((role, who) -> checks.addAll(compare(role, who, people)));
        assertAll(checks);
    }

    /** Every list and page the reader opens, against the logs they may read one by one. */
    List<Executable> compare(String role, Caller who, List<Long> people) {
        PageSession session = PageSession.signIn(api, who);
        var me = session.getJson("/api/v1/me").json();
        long self = me.getJsonNumber("personId").longValue();
        boolean learnerOnly = me.getJsonArray("roles").toString().equals("[\"LEARNER\"]");
        Set<Long> readable = new TreeSet<>();
        for (Log l : logs) {
            if (session.getJson("/api/v1/supervision-logs/" + l.id()).status() == 200) {
                readable.add(l.id());
            }
        }
        List<Executable> checks = new ArrayList<>();
        Set<Long> listed = new TreeSet<>();
        for (long person : people) {
            Answer list = session.getJson("/api/v1/people/" + person + "/supervision");
            PageSession.Page page = session.get("/supervision/history.xhtml?person=" + person);
            if (list.status() == 200) {
                Set<Long> ids = list.jsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                        .filter(this::inWorld).collect(Collectors.toCollection(TreeSet::new));
                listed.addAll(ids);
                Set<Long> expected = of(person, readable);
                checks.add(() -> assertEquals(expected, ids, role + ": GET /people/" + person + "/supervision"));
                if (!learnerOnly) {
                    checks.add(() -> assertEquals(200, page.status(), role + ": history page of " + person));
                    checks.add(() -> assertEquals(markers(expected), shown(page.html()),
                            role + ": history page of " + person));
                }
            } else {
                checks.add(() -> assertEquals(404, list.status(), role + ": GET /people/" + person + "/supervision"));
            }
            if (learnerOnly) {
                checks.add(() -> assertEquals(403, page.status(), role + ": the history page is not a learner's"));
            } else if (list.status() != 200) {
                checks.add(() -> assertEquals(404, page.status(), role + ": history page of " + person));
            }
        }
        checks.add(() -> assertEquals(readable, listed, role + ": the people's lists together hold every log they read"));

        PageSession.Page mine = session.get("/supervision/mine.xhtml");
        Set<Long> own = of(self, readable);
        checks.add(() -> assertEquals(200, mine.status(), role + ": My supervision"));
        checks.add(() -> assertEquals(markers(own), shown(mine.html()), role + ": My supervision"));
        checks.add(() -> assertEquals(logs.stream().filter(l -> l.supervisees().contains(self)).map(Log::id)
                .collect(Collectors.toCollection(TreeSet::new)), own, role + ": reads every log they are supervised in"));

        Answer export = session.getJson("/api/v1/supervision-logs/export?format=csv&from=" + TODAY.minusDays(30) + "&to="
                + TODAY);
        if (learnerOnly) {
            checks.add(() -> assertEquals(403, export.status(), role + ": export"));
        } else {
            checks.add(() -> assertEquals(200, export.status(), role + ": export"));
            Set<Long> exported = export.body().lines().skip(1).map(line -> line.split(",", 2)[0].replace("\"", ""))
                    .map(Long::parseLong).filter(this::inWorld).collect(Collectors.toCollection(TreeSet::new));
            checks.add(() -> assertEquals(readable, exported, role + ": export"));
        }
        return checks;
    }

    boolean inWorld(long id) {
        return logs.stream().anyMatch(l -> l.id() == id);
    }

    Set<Long> of(long person, Set<Long> readable) {
        return logs.stream().filter(l -> l.supervisees().contains(person) && readable.contains(l.id())).map(Log::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> markers(Set<Long> ids) {
        return logs.stream().filter(l -> ids.contains(l.id())).map(Log::marker).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The world's logs a page shows, by their markers. */
    Set<String> shown(String html) {
        return logs.stream().map(Log::marker).filter(html::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    void log(Caller by, List<Long> supervisees, String extra, String marker) {
        long supervisor = world.personId(by);
        Answer created = api.post("/api/v1/supervision-logs", "{\"date\":\"" + TODAY.minusDays(logs.size() + 1)
                + "\",\"supervisorId\":" + supervisor + ",\"supervisees\":" + supervisees + ",\"format\":\""
                + (supervisees.size() == 1 ? "INDIVIDUAL" : "GROUP") + "\",\"mode\":\"VIDEO\",\"minutes\":60,"
                + "\"familiesDiscussed\":2,\"themes\":[\"Case review\"],\"safeguardingConcern\":false,\"themeNotes\":\""
                + marker + "\",\"programmeCode\":\"" + world.programme() + "\"" + extra + "}", by);
        assertEquals(201, created.status(), created.body());
        logs.add(new Log(created.json().getJsonNumber("id").longValue(), Set.copyOf(supervisees), marker));
    }

    /** A supervisor holding the programme's SUPERVISOR competency. */
    Caller supervisor() {
        Caller supervisor = world.user("SUPERVISOR");
        world.signOff(world.personId(supervisor), world.supervisorCompetency(), TODAY.minusYears(1),
                world.personId(Caller.ADMIN));
        return supervisor;
    }

    /** A learner who signs in, works at {@code schools} and practises the programme, signed off by {@code assessor}. */
    Caller learner(long assessor, int... schools) {
        Caller learner = world.user("LEARNER");
        long id = world.personId(learner);
        for (int urn : schools) {
            Answer job = api.post("/api/v1/people/" + id + "/employments", "{\"schoolUrn\":" + urn
                    + ",\"jobTitle\":\"Pastoral lead\",\"startDate\":\"2024-09-01\"}", Caller.ADMIN);
            assertEquals(201, job.status(), job.body());
        }
        world.signOff(id, world.practitionerCompetency(), TODAY.minusDays(60), assessor);
        return learner;
    }

    Caller user(String role, String scope) {
        String email = role.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + "@scope.test";
        Answer created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Suffolk " + role.toLowerCase(Locale.ROOT)
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]" + scope + "}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        return new Caller(email, PASSWORD);
    }

    /** A Suffolk primary school (LA 935), imported as GIAS would list it; importing it again changes nothing. */
    void importSuffolkSchool() {
        String csv = "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentName\",\"TypeOfEstablishment (name)\","
                + "\"EstablishmentStatus (name)\",\"CloseDate\",\"PhaseOfEducation (name)\",\"Postcode\",\"GOR (name)\","
                + "\"UrbanRural (name)\",\"Easting\",\"Northing\",\"LSOA (code)\"\r\n"
                + "\"" + SUFFOLK + "\",\"935\",\"Suffolk\",\"Orwell Primary School\",\"Community school\",\"Open\",\"\","
                + "\"Primary\",\"IP1 1AA\",\"East of England\",\"(England/Wales) Rural village\",\"616000\",\"244000\","
                + "\"E01029869\"\r\n";
        Answer imported = api.postCsv("/api/v1/imports/gias", csv.getBytes(Charset.forName("windows-1252")), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
        assertTrue(api.get("/api/v1/schools/" + SUFFOLK, Caller.ADMIN).status() == 200);
    }
}

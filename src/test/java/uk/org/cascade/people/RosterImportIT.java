package uk.org.cascade.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/** Joiners and leavers from a roster file: all or nothing, a dry run changes nothing, scope applies. */
class RosterImportIT extends DeployedCascade {

    private static final String HEADER = "email,name,school_urn,job_title,start_date,end_date\n";

    @BeforeEach
    void schools() {
        Answer imported = api.postCsv("/api/v1/imports/gias", Path.of("src/test/resources/gias/gias-sample.csv"), Caller.ADMIN);
        assertEquals(200, imported.status(), imported.body());
    }

    @Test
    void joinersThenLeavers_andADryRunChangesNothing() {
        String jo = "jo." + UUID.randomUUID() + "@school.test";
        String sam = "sam." + UUID.randomUUID() + "@school.test";
        String joiners = HEADER + jo + ",Jo Bloggs,990101,Teaching assistant,2025-09-01,\n"
                + sam + ",Sam Smith,990102,SENCO,01/09/2025,\n"
                + sam + ",Sam Smith,990103,Pastoral lead,2025-09-01,\n";

        JsonObject dry = post(joiners, true).json();
        assertEquals(3, dry.getInt("employmentsStarted"));
        assertEquals(0, total("/api/v1/people?q=" + jo), "a dry run records nobody");

        JsonObject applied = post(joiners, false).json();
        JsonObject leavers = post(HEADER + sam + ",Sam Smith,990102,SENCO,2025-09-01,2026-07-31\n", false).json();
        JsonObject again = post(joiners, false).json();

        assertEquals(2, applied.getInt("peopleCreated"));
        assertEquals(3, applied.getInt("employmentsStarted"));
        assertEquals(1, leavers.getInt("employmentsEnded"));
        assertEquals(3, again.getInt("unchanged"), "an older roster neither restarts nor rewrites a recorded job");
        assertEquals(0, again.getInt("employmentsStarted"));
        assertEquals(0, again.getInt("employmentsEnded"));
    }

    @Test
    void oneBadRow_refusesTheRoster_listingEveryBadLine() {
        String ok = "ok." + UUID.randomUUID() + "@school.test";

        Answer refused = post(HEADER + ok + ",Olu Kay,990101,TA,2025-09-01,\n"
                + "not-an-email,,990101,TA,2025-09-01,\n"
                + "x." + UUID.randomUUID() + "@school.test,Unknown School,123456,TA,2025-09-01,\n"
                + "y." + UUID.randomUUID() + "@school.test,Backwards,990101,TA,2025-09-01,2025-08-01\n", false);

        assertEquals(422, refused.status(), refused.body());
        String body = refused.body();
        assertTrue(body.contains("\"line\":3") && body.contains("email must look like"), body);
        assertTrue(body.contains("\"line\":4") && body.contains("there is no school with URN 123456"), body);
        assertTrue(body.contains("\"line\":5") && body.contains("is before startDate"), body);
        assertEquals(0, total("/api/v1/people?q=" + ok), "the good row was not applied either");
    }

    @Test
    void aCoordinator_importsOnlyForTheirSchools() {
        String email = "coordinator." + UUID.randomUUID() + "@la.test";
        api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"C\",\"password\":\"a long enough password\","
                + "\"roles\":[\"COORDINATOR\"],\"scope\":{\"localAuthorities\":[926]}}", Caller.ADMIN);
        Caller norfolk = new Caller(email, "a long enough password");

        Answer refused = api.postCsv("/api/v1/imports/roster", (HEADER + "z." + UUID.randomUUID()
                + "@school.test,Zed,100000,TA,2025-09-01,\n").getBytes(StandardCharsets.UTF_8), norfolk);

        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("outside your scope"), refused.body());
    }

    private Answer post(String csv, boolean dryRun) {
        Answer answer = api.postCsv("/api/v1/imports/roster?dryRun=" + dryRun, csv.getBytes(StandardCharsets.UTF_8), Caller.ADMIN);
        if (!csv.contains("not-an-email")) {
            assertEquals(200, answer.status(), answer.body());
        }
        return answer;
    }

    private int total(String path) {
        return api.get(path, Caller.ADMIN).json().getInt("total");
    }
}

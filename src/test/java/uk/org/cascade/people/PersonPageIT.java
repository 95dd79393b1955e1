package uk.org.cascade.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/** A person's page shows who they are, what they hold today and every sign-off, only to those who may see them. */
class PersonPageIT extends DeployedCascade {

    private static final int NORFOLK_SCHOOL = 990101;
    private static final int LONDON_SCHOOL = 100000;

    @Test
    void anAdministrator_seesWhatAPersonHoldsToday_andTheirSignOffHistory() {
        CohortWorldAccess world = new CohortWorldAccess(api);
        LocalDate certified = LocalDate.now().minusMonths(6);
        Caller trainer = world.trainer(certified);
        long id = world.personId(trainer);

        PageSession.Page page = PageSession.signIn(api, Caller.ADMIN).get("/people/person.xhtml?id=" + id);

        assertEquals(200, page.status());
        assertTrue(page.html().contains(trainer.email()), "who they are");
        String held = table(page.html(), "held");
        assertTrue(held.contains("(" + world.programme() + "-T)"), held);
        assertTrue(held.contains(shown(certified)), "held since the certification: " + held);
        String history = table(page.html(), "signOffs");
        assertTrue(history.contains("external certification"), history);
        assertTrue(history.contains(shown(certified.plusMonths(24))), "expiry: " + history);
    }

    @Test
    void aNorfolkCoordinator_findsNoPageForSomeoneWorkingOnlyInLondon() {
        CohortWorldAccess world = new CohortWorldAccess(api);
        long londoner = world.learnerAtLondonSchool();
        world.signOff(londoner, world.practitionerCompetency(), LocalDate.now().minusMonths(1), world.personId(Caller.ADMIN));

        PageSession.Page page = PageSession.signIn(api, world.user("COORDINATOR")).get("/people/person.xhtml?id=" + londoner);

        assertEquals(404, page.status());
        assertFalse(page.html().contains("external certification"), "no sign-off leaks onto the error page");
    }

    @Test
    void aNorfolkCoordinator_seesAnotherAreasSchoolAsAName_notALinkToAPageTheyMayNotOpen() {
        CohortWorldAccess world = new CohortWorldAccess(api);
        long member = world.learnerAtNorfolkSchool();
        assertEquals(201, api.post("/api/v1/people/" + member + "/employments", "{\"schoolUrn\":" + LONDON_SCHOOL
                + ",\"jobTitle\":\"Teaching assistant\",\"startDate\":\"" + LocalDate.now().minusMonths(2) + "\"}",
                Caller.ADMIN).status());
        String londonName = api.get("/api/v1/schools/" + LONDON_SCHOOL, Caller.ADMIN).json().getString("name");
        Caller coordinator = world.user("COORDINATOR");
        PageSession session = PageSession.signIn(api, coordinator);

        String employments = table(session.get("/people/person.xhtml?id=" + member).html(), "timeline");

        assertTrue(employments.contains("school.xhtml?urn=" + NORFOLK_SCHOOL), "their own area's school is a link: " + employments);
        assertTrue(employments.contains(londonName), "the London school is named: " + employments);
        assertFalse(employments.contains("urn=" + LONDON_SCHOOL), "but not linked: " + employments);
        assertEquals(404, session.get("/organisation/school.xhtml?urn=" + LONDON_SCHOOL).status(),
                "the page such a link would open is not theirs");
        assertTrue(table(PageSession.signIn(api, Caller.ADMIN).get("/people/person.xhtml?id=" + member).html(), "timeline")
                .contains("school.xhtml?urn=" + LONDON_SCHOOL), "an administrator may open it, so gets the link");
    }

    /** Dates as the page writes them: "6 December 2026". */
    private static String shown(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static String table(String html, String id) {
        Matcher m = Pattern.compile("<div id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page has the table " + id);
        return m.group();
    }
}
